using System.Text.RegularExpressions;

namespace Infra.Core.Settings;

/// <summary>Checks a resource name or ARN against AWS's rules and the stack's partition.</summary>
public sealed record ResourceRules(string Partition, Problems Problems)
{
    /// <summary>A name (checked by <paramref name="isName"/>) or an ARN in the stack's partition.</summary>
    public bool NameOrArn(string key, string value, Func<string, bool> isName, Func<string, Match> arn, string rule) =>
        Grants.NamePatterns.IsArn(value)
            ? Arn(key, value, arn, rule)
            : Problems.Check(isName(value), key, value, $"must be {rule}");

    public bool Arn(string key, string value, Func<string, Match> arn, string rule)
    {
        var match = arn(value);
        if (!Problems.Check(match.Success, key, value, $"must be {rule}"))
        {
            return false;
        }
        var partition = match.Groups["partition"].Value;
        return Problems.Check(partition == Partition, key, value,
            $"is in partition '{partition}' but the stack's region is in '{Partition}': name a resource of this partition");
    }
}
