using Infra.Core.Grants;

namespace Infra.Core.Settings;

/// <summary>The fields of each <c>access</c> list, and how an entry becomes a grant.</summary>
public static class GrantReaders
{
    public sealed record Kind(IReadOnlyList<string> Fields, Func<ConfigEntry, ResourceRules, Grant?> Read);

    public static readonly IReadOnlyDictionary<string, Kind> Kinds = new Dictionary<string, Kind>
    {
        ["dynamodb"] = new(["table", "access"], DynamoDb),
        ["s3"] = new(["bucket", "prefix", "access"], S3),
        ["lambda"] = new(["function"], Lambda),
        ["kms"] = new(["key", "access"], Kms),
    };

    public static Grant? DynamoDb(ConfigEntry entry, ResourceRules rules)
    {
        var table = entry.Required("table", NameRules.TableRule);
        var access = entry.Access();
        var valid = table is not null
            && rules.NameOrArn($"{entry.Path}.table", table, NameRules.IsTableName, NameRules.TableArn, NameRules.TableRule);
        return valid && access is { } level ? new DynamoDbGrant(table!, level) : null;
    }

    public static Grant? S3(ConfigEntry entry, ResourceRules rules)
    {
        var bucket = entry.Required("bucket", NameRules.BucketRule);
        var prefix = entry.Optional("prefix");
        var access = entry.Access();
        var valid = bucket is not null
            && rules.Problems.Check(NameRules.IsBucketName(bucket), $"{entry.Path}.bucket", bucket, $"must be {NameRules.BucketRule}");
        valid &= prefix is null || rules.Problems.Check(IsPrefix(prefix), $"{entry.Path}.prefix", prefix,
            "must be a key prefix ending in '/' (e.g. 'uploads/'), not starting with '/', without '*' or '?'; leave it out for the whole bucket");
        return valid && access is { } level ? new S3Grant(bucket!, prefix, level) : null;
    }

    public static Grant? Lambda(ConfigEntry entry, ResourceRules rules)
    {
        var function = entry.Required("function", NameRules.FunctionRule);
        var valid = function is not null
            && rules.NameOrArn($"{entry.Path}.function", function, NameRules.IsFunctionName, NameRules.FunctionArn, NameRules.FunctionRule);
        return valid ? new LambdaGrant(function!) : null;
    }

    public static Grant? Kms(ConfigEntry entry, ResourceRules rules)
    {
        var key = entry.Required("key", NameRules.KeyRule);
        var access = entry.Access();
        var valid = key is not null && rules.Arn($"{entry.Path}.key", key, NameRules.KeyArn, NameRules.KeyRule);
        return valid && access is { } level ? new KmsGrant(key!, level) : null;
    }

    private static bool IsPrefix(string prefix) =>
        prefix.Length is > 1 and <= 1024 && prefix.EndsWith('/') && !prefix.StartsWith('/')
        && prefix.IndexOfAny(['*', '?']) < 0 && !prefix.Any(char.IsControl);
}
