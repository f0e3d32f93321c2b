using System.Text.Json;

namespace Infra.Core.Settings;

/// <summary><c>branches</c>: one or more distinct Amplify branch names.</summary>
public static class BranchesParser
{
    private const string Fix = "required: a list of one or more branch names, e.g. pulumi config set --path 'branches[0]' main";
    private const string Rule = "a branch name has 1 to 255 characters ('/' allowed), at least one that is not white space, and no control characters";

    public static IReadOnlyList<string> Parse(string key, string? raw, Problems problems)
    {
        if (raw is null)
        {
            problems.Add(key, null, Fix);
            return [];
        }
        if (JsonConfig.Parse(key, raw, JsonValueKind.Array, Fix, problems) is not { } list)
        {
            return [];
        }
        var branches = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var item in list.EnumerateArray())
        {
            var path = $"{key}[{index++}]";
            var name = JsonConfig.Text(item);
            var valid = problems.Check(item.ValueKind == JsonValueKind.String, path, name, "must be a string")
                && problems.Check(IsBranchName(name), path, name, Rule);
            if (valid && problems.Check(seen.Add(name), path, name, "listed twice: keep one"))
            {
                branches.Add(name);
            }
        }
        problems.Check(index > 0, key, raw, Fix);
        return branches;
    }

    private static bool IsBranchName(string name) =>
        name.Length is >= 1 and <= 255 && !string.IsNullOrWhiteSpace(name) && !name.Any(char.IsControl);
}
