using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace Infra.Core.Reference;

/// <summary>
/// Whether a written condition key is one the reference lists. A listed key with a variable part
/// (<c>aws:ResourceTag/${TagKey}</c>, <c>s3:ExistingObjectTag/&lt;key&gt;</c>, <c>aws:PrincipalTag/tag-key</c>)
/// stands for every key with that stem. IAM compares condition key names case-insensitively.
/// </summary>
internal static partial class ConditionKeyPattern
{
    private static readonly ConcurrentDictionary<string, Regex?> Patterns = new(StringComparer.Ordinal);

    public static bool Matches(string listed, string written) =>
        Patterns.GetOrAdd(listed, Build) is { } pattern
            ? pattern.IsMatch(written)
            : string.Equals(listed, written, StringComparison.OrdinalIgnoreCase);

    private static Regex? Build(string listed)
    {
        var pieces = Variable().Split(listed);
        return pieces.Length == 1
            ? null
            : new Regex(
                "^" + string.Concat(pieces.Select((p, i) => i % 2 == 0 ? Regex.Escape(p) : "[^\\s\\p{C}]+")) + "\\z",
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    [GeneratedRegex(@"(\$\{[^}]+\}|<[^>]+>|tag-key\z)")]
    private static partial Regex Variable();
}
