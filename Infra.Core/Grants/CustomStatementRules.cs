using System.Text.RegularExpressions;

namespace Infra.Core.Grants;

/// <summary>
/// What the <c>statements</c> escape hatch accepts: single named actions, and ARNs whose wildcards
/// only ever narrow a named resource (never stand for the name itself).
/// </summary>
public static partial class CustomStatementRules
{
    public const string SidRule = "a Sid of letters and digits (A-Z a-z 0-9)";
    public const string ActionRule = "one action 'service:Action' (e.g. 's3:GetObject'), without '*' or '?': list each action the code calls";
    public const string ArnRule = "an ARN arn:<partition>:<service>:<region>:<account>:<resource> with the region and account written out (or empty where the service has none), or '*' alone for actions that take no resource";
    public const string WildcardRule = "a wildcard ('*' or '?') only after a non-empty name prefix (arn:aws:s3:::acme-*, arn:aws:s3:::acme-uploads/*, ...:table/orders-*), never in place of the whole name (arn:aws:s3:::*, ...:table/*, ...:function:*)";

    // Services whose resource part starts with the resource's name rather than its type.
    private static readonly string[] NameFirst = ["s3", "sqs", "sns", "execute-api"];

    public static bool IsSid(string value) => SidPattern().IsMatch(value);
    public static bool IsAction(string value) => ActionPattern().IsMatch(value);
    public static Match Arn(string value) => ArnPattern().Match(value);

    /// <summary>
    /// True when the first wildcard follows literal text in its own segment (<c>orders-*</c>), or
    /// follows the resource's name in an earlier segment (<c>bucket/*</c>, <c>table/orders/index/*</c>).
    /// </summary>
    public static bool WildcardNarrowsName(Match arn)
    {
        var resource = arn.Groups["resource"].Value;
        var wildcard = resource.IndexOfAny(['*', '?']);
        if (wildcard < 0)
        {
            return true;
        }
        var segments = resource[..wildcard].Split('/', ':');
        var namedBefore = segments[..^1].Count(s => s.Length > 0);
        return segments[^1].Length > 0 || namedBefore >= (NameFirst.Contains(arn.Groups["service"].Value) ? 1 : 2);
    }

    [GeneratedRegex(@"^[A-Za-z0-9]{1,128}\z")]
    private static partial Regex SidPattern();

    [GeneratedRegex(@"^[a-z0-9-]+:[A-Za-z0-9]+\z")]
    private static partial Regex ActionPattern();

    [GeneratedRegex(@"^arn:(?<partition>aws[a-z-]*):(?<service>[a-z0-9-]+):(?<region>[a-z0-9-]*):(?<account>[0-9]{12}|aws)?:(?<resource>[\x21-\x7E]+)\z")]
    private static partial Regex ArnPattern();
}
