using System.Text.Json;
using Infra.Core.Grants;

namespace Infra.Core.Settings;

/// <summary>Reads <c>access</c>: lists of DynamoDB tables, S3 buckets, Lambda functions and KMS keys.</summary>
public static class AccessParser
{
    private const string Fix = "must be an object with optional lists dynamodb, s3, lambda, kms; e.g. pulumi config set --path 'access.dynamodb[0].table' orders";

    public static IReadOnlyList<Grant> Parse(string key, string? raw, string partition, Problems problems)
    {
        if (raw is null || JsonConfig.Parse(key, raw, JsonValueKind.Object, Fix, problems) is not { } access)
        {
            return [];
        }
        var grants = new List<(Grant Grant, string Path)>();
        foreach (var list in access.EnumerateObject())
        {
            var path = $"{key}.{list.Name}";
            if (!GrantReaders.Kinds.TryGetValue(list.Name, out var kind))
            {
                problems.Add(path, JsonConfig.Text(list.Value), ClosestName.Hint(list.Name, [.. GrantReaders.Kinds.Keys]));
                continue;
            }
            if (!problems.Check(list.Value.ValueKind == JsonValueKind.Array, path, JsonConfig.Text(list.Value), $"must be a list of {list.Name} entries"))
            {
                continue;
            }
            grants.AddRange(ReadList(list.Value, path, kind, new ResourceRules(partition, problems)));
        }
        RefuseDuplicates(grants, problems);
        return [.. grants.Select(g => g.Grant)];
    }

    private static IEnumerable<(Grant, string)> ReadList(
        JsonElement list, string path, GrantReaders.Kind kind, ResourceRules rules)
    {
        var index = 0;
        foreach (var item in list.EnumerateArray())
        {
            var itemPath = $"{path}[{index++}]";
            if (!rules.Problems.Check(item.ValueKind == JsonValueKind.Object, itemPath, JsonConfig.Text(item), "must be an object"))
            {
                continue;
            }
            if (kind.Read(new ConfigEntry(item, itemPath, rules.Problems, kind.Fields), rules) is { } grant)
            {
                yield return (grant, itemPath);
            }
        }
    }

    private static void RefuseDuplicates(List<(Grant Grant, string Path)> grants, Problems problems)
    {
        foreach (var same in grants.GroupBy(g => g.Grant.Identity).Where(g => g.Count() > 1))
        {
            var first = same.First().Path;
            foreach (var (grant, path) in same.Skip(1))
            {
                problems.Add(path, grant.Resource, $"the same resource is already listed at {first}: keep one entry (with the access it needs)");
            }
        }
    }
}
