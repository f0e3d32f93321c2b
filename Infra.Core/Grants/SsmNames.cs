using System.Text.RegularExpressions;

namespace Infra.Core.Grants;

/// <summary>SSM Parameter Store's rules for parameter names and the paths an <c>ssm</c> grant may name.</summary>
public static partial class SsmNames
{
    public const string ParameterRule = "an SSM parameter name ('name', or '/a/b' in a hierarchy: levels of A-Z a-z 0-9 _ . - after '/', at most 15, the first not starting with 'aws' or 'ssm'; or a prefix ending in '*'; never a bare '*') or a parameter ARN arn:<partition>:ssm:<region>:<account>:parameter/<name without its leading '/'>";
    public const string PathRule = "an SSM parameter path: '/', then levels of A-Z a-z 0-9 _ . - each ending in '/' (e.g. '/acme-shop/dev/'), at most 15, the first not starting with 'aws' or 'ssm'";

    private const int MaxLevels = 15;

    // AWS counts the ARN before the name into the name's 1011 characters; the region is not known
    // here, so the shortest region's ARN is assumed (a few characters lenient in longer ones).
    private static int MaxNameLength(string partition) => 1011 - $"arn:{partition}:ssm:us-east-1:123456789012:parameter/".Length;

    /// <summary>A parameter name, or a prefix of one ending in '*' (<c>/acme/dev/*</c> names every parameter under it).</summary>
    public static bool IsParameter(string value, string partition) =>
        value.EndsWith('*') ? IsHierarchy(value[..^1], partition, lastMayBeEmpty: true) : IsHierarchy(value, partition, lastMayBeEmpty: false);

    public static bool IsPath(string value, string partition) =>
        value.Length > 1 && value.StartsWith('/') && value.EndsWith('/') && IsHierarchy(value[..^1], partition, lastMayBeEmpty: false);

    /// <summary>A parameter ARN; the part after <c>parameter/</c> must be a parameter name without its leading '/'.</summary>
    public static Match ParameterArn(string value, string partition) =>
        ArnPattern().Match(value) is { Success: true } match && IsParameter(FromArn(match.Groups["name"].Value), partition) ? match : Match.Empty;

    /// <summary>The name an ARN's <c>parameter/a/b</c> stands for: <c>/a/b</c> (a single level has no leading '/').</summary>
    public static string FromArn(string name) => name.Contains('/', StringComparison.Ordinal) ? $"/{name}" : name;

    private static bool IsHierarchy(string name, string partition, bool lastMayBeEmpty)
    {
        var relative = name.TrimStart('/');
        var levels = relative.Split('/');
        return relative.Length > 0 && relative.Length <= MaxNameLength(partition)
            && name.Length - relative.Length <= 1 && (name.StartsWith('/') || levels.Length == 1)
            && levels.Length <= MaxLevels && !Reserved().IsMatch(levels[0])
            && levels[..^1].All(Level().IsMatch) && ((lastMayBeEmpty && levels[^1].Length == 0) || Level().IsMatch(levels[^1]));
    }

    [GeneratedRegex(@"^[A-Za-z0-9_.-]+\z")]
    private static partial Regex Level();

    [GeneratedRegex(@"^(?:aws|ssm)", RegexOptions.IgnoreCase)]
    private static partial Regex Reserved();

    [GeneratedRegex(@"^arn:(?<partition>aws[a-z-]*):ssm:(?<region>[a-z0-9-]+):(?<account>[0-9]{12}):parameter/(?<name>[A-Za-z0-9_./-]+)\z")]
    private static partial Regex ArnPattern();
}
