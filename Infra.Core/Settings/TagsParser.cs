using System.Text.Json;
using System.Text.RegularExpressions;

namespace Infra.Core.Settings;

/// <summary><c>tags</c> merged over the defaults, within IAM's tag limits.</summary>
public static partial class TagsParser
{
    public const int MaxTags = 50;
    private const string Fix = "must be a map of tag names to strings; e.g. pulumi config set --path 'tags.team' web";
    private const string Chars = "letters, digits, spaces and _ . : / = + - @";

    public static SortedDictionary<string, string> Defaults(string project, string stack) =>
        new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["managed-by"] = "pulumi",
            ["project"] = project,
            ["stack"] = stack,
        };

    public static IReadOnlyDictionary<string, string> Parse(string key, string? raw, string project, string stack, Problems problems)
    {
        var tags = new SortedDictionary<string, string>(Defaults(project, stack), StringComparer.Ordinal);
        if (raw is null || JsonConfig.Parse(key, raw, JsonValueKind.Object, Fix, problems) is not { } given)
        {
            return tags;
        }
        foreach (var tag in given.EnumerateObject())
        {
            var path = $"{key}.{tag.Name}";
            var valid = problems.Check(tag.Name.Length is >= 1 and <= 128 && Allowed().IsMatch(tag.Name), path, tag.Name,
                $"a tag name has 1 to 128 of {Chars}");
            valid &= problems.Check(!tag.Name.StartsWith("aws:", StringComparison.OrdinalIgnoreCase), path, tag.Name,
                "tag names starting with 'aws:' are reserved for AWS");
            valid &= problems.Check(tag.Value.ValueKind == JsonValueKind.String, path, JsonConfig.Text(tag.Value), "a tag value must be a string");
            if (valid)
            {
                var value = tag.Value.GetString()!;
                problems.Check(value.Length <= 256 && Allowed().IsMatch(value), path, value, $"a tag value has at most 256 of {Chars}");
                tags[tag.Name] = value;
            }
        }
        problems.Check(tags.Count <= MaxTags, key, $"{tags.Count} tags", $"IAM allows at most {MaxTags} tags on a role, the 3 default tags included: remove some");
        return tags;
    }

    [GeneratedRegex(@"^[\p{L}\p{Z}\p{N}_.:/=+\-@]*\z")]
    private static partial Regex Allowed();
}
