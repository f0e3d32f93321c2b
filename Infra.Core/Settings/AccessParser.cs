using System.Text.Json;
using Infra.Core.Grants;

namespace Infra.Core.Settings;

/// <summary>Reads <c>access</c>: one list per <see cref="GrantKinds"/> entry.</summary>
public static class AccessParser
{
    private static readonly string Fix =
        $"must be an object with optional lists {string.Join(", ", GrantKinds.All.Select(k => k.Name))}; e.g. pulumi config set --path 'access.dynamodb[0].table' orders";

    public static IReadOnlyList<Grant> Parse(string key, string? raw, string partition, Problems problems)
    {
        if (raw is null || JsonConfig.Parse(key, raw, JsonValueKind.Object, Fix, problems) is not { } access)
        {
            return [];
        }
        var grants = new List<(Grant Grant, string Path)>();
        var rules = new ResourceRules(partition, problems);
        foreach (var list in access.EnumerateObject())
        {
            var path = $"{key}.{list.Name}";
            if (!GrantKinds.ByName.TryGetValue(list.Name, out var kind))
            {
                problems.Add(path, JsonConfig.Text(list.Value), ClosestName.Hint(list.Name, GrantKinds.ByName.Keys));
                continue;
            }
            if (problems.Check(list.Value.ValueKind == JsonValueKind.Array, path, JsonConfig.Text(list.Value), $"must be a list of {list.Name} entries"))
            {
                grants.AddRange(ReadList(list.Value, path, kind, rules));
            }
        }
        RefuseDuplicates(grants, problems);
        return [.. grants.Select(g => g.Grant)];
    }

    private static IEnumerable<(Grant, string)> ReadList(JsonElement list, string path, GrantKind kind, ResourceRules rules)
    {
        var index = 0;
        foreach (var item in list.EnumerateArray())
        {
            var itemPath = $"{path}[{index++}]";
            if (rules.Problems.Check(item.ValueKind == JsonValueKind.Object, itemPath, JsonConfig.Text(item), "must be an object")
                && kind.Read(new ConfigEntry(item, itemPath, rules.Problems, kind.Fields), rules) is { } grant)
            {
                yield return (grant, itemPath);
            }
        }
    }

    private static void RefuseDuplicates(List<(Grant Grant, string Path)> grants, Problems problems)
    {
        var first = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (grant, path) in grants)
        {
            if (!first.TryAdd(grant.Identity, path))
            {
                problems.Add(path, grant.Resource, $"the same resource is already listed at {first[grant.Identity]}: keep one entry (with the access it needs)");
            }
        }
    }
}
