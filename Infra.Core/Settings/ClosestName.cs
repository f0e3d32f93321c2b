namespace Infra.Core.Settings;

/// <summary>"Did you mean …?" for unknown keys: the known name within a small edit distance.</summary>
public static class ClosestName
{
    public static string Hint(string unknown, IEnumerable<string> known)
    {
        var best = known
            .Select(k => (Name: k, Distance: Distance(unknown.ToLowerInvariant(), k.ToLowerInvariant())))
            .OrderBy(k => k.Distance)
            .FirstOrDefault();
        var allowed = $"allowed: {string.Join(", ", known)}";
        return best.Name is not null && best.Distance <= Math.Max(2, best.Name.Length / 3)
            ? $"unknown key; did you mean '{best.Name}'? ({allowed})"
            : $"unknown key ({allowed})";
    }

    public static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }
            previous = current;
        }
        return previous[b.Length];
    }
}
