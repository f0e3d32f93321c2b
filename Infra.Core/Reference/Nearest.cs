using Infra.Core.Settings;

namespace Infra.Core.Reference;

// The candidate within a small edit distance of what was written (case ignored), for "did you mean".
internal static class Nearest
{
    public static string? Of(string written, IEnumerable<string> candidates)
    {
        var all = candidates as IReadOnlyCollection<string> ?? [.. candidates];
        // Text far longer than every candidate is near none: skip the quadratic distances.
        if (all.Count == 0 || written.Length > 2 * all.Max(c => c.Length))
        {
            return null;
        }
        var lower = written.ToLowerInvariant();
        var best = all
            .Select(c => (Name: c, Distance: ClosestName.Distance(lower, c.ToLowerInvariant())))
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .FirstOrDefault();
        return best.Name is not null && best.Distance <= Math.Max(2, best.Name.Length / 3) ? best.Name : null;
    }
}
