using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace Infra.Core.Grants.Statements;

/// <summary>
/// What a condition value must look like for its operator, as IAM's condition operators page
/// says (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html):
/// Bool and Null compare with "true" or "false"; Numeric* with an integer or decimal; Date* with
/// a W3C ISO 8601 date (https://www.w3.org/TR/NOTE-datetime) or epoch (UNIX) seconds; IpAddress
/// with an IPv4 or IPv6 address or CIDR; Arn* with an ARN of six colon-separated parts.
/// </summary>
public static partial class ConditionValues
{
    /// <summary>The fix for a value its operator cannot compare with; null when it fits.</summary>
    public static string? Problem(string op, string value) => Category(op) switch
    {
        "Bool" or "Null" => value is "true" or "false" ? null : $"{op} compares with \"true\" or \"false\" (lower case)",
        "Numeric" => IsNumber(value) ? null : $"{op} compares with an integer or decimal number, e.g. \"10\" or \"2.5\"",
        "Date" => IsDate(value) ? null : $"{op} compares with an ISO 8601 date (\"2026-12-02\", \"2026-12-02T15:00:00Z\") or epoch seconds (\"1796223600\")",
        "IpAddress" => IsCidr(value) ? null : $"{op} compares with an IPv4 or IPv6 address or CIDR, e.g. \"203.0.113.0/24\" or \"2001:db8::/32\"",
        "Arn" => value.StartsWith("arn:", StringComparison.Ordinal) && value.Count(c => c == ':') >= 5 ? null : $"{op} compares with an ARN arn:<partition>:<service>:<region>:<account>:<resource> ('*' and '?' allowed in each part)",
        _ => null,
    };

    // The operator without ForAllValues:/ForAnyValue: and IfExists, then its family.
    private static string Category(string op)
    {
        var core = op[(op.IndexOf(':') + 1)..];
        core = core.EndsWith("IfExists", StringComparison.Ordinal) ? core[..^"IfExists".Length] : core;
        return core switch
        {
            "Bool" or "Null" => core,
            "IpAddress" or "NotIpAddress" => "IpAddress",
            _ when core.StartsWith("Numeric", StringComparison.Ordinal) => "Numeric",
            _ when core.StartsWith("Date", StringComparison.Ordinal) => "Date",
            _ when core.StartsWith("Arn", StringComparison.Ordinal) => "Arn",
            _ => "",
        };
    }

    private static readonly string[] Times = ["hh\\:mm", "hh\\:mm\\:ss", "hh\\:mm\\:ss\\.FFFFFFF"];

    private static bool IsNumber(string value) => NumberPattern().IsMatch(value);

    private static bool IsCidr(string value)
    {
        var slash = value.IndexOf('/');
        var address = slash < 0 ? value : value[..slash];
        // IPAddress.TryParse also takes legacy IPv4 forms ("10.1" for 10.0.0.1): IPv4 is four decimal parts here.
        var form = address.Contains(':', StringComparison.Ordinal) ? AddressPattern() : Ipv4Pattern();
        if (!form.IsMatch(address) || !IPAddress.TryParse(address, out var ip))
        {
            return false;
        }
        var bits = ip.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? 32 : 128;
        return slash < 0 || (PrefixPattern().IsMatch(value[(slash + 1)..]) && int.Parse(value[(slash + 1)..], CultureInfo.InvariantCulture) <= bits);
    }

    private static bool IsDate(string value)
    {
        if (EpochPattern().IsMatch(value))
        {
            return true;
        }
        var match = DatePattern().Match(value);
        if (!match.Success)
        {
            return false;
        }
        int[] parts = [.. match.Groups["date"].Value.Split('-').Select(p => int.Parse(p, CultureInfo.InvariantCulture))];
        var (year, month, day) = (parts[0], parts.Length > 1 ? parts[1] : 1, parts.Length > 2 ? parts[2] : 1);
        return year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            && (!match.Groups["time"].Success || TimeSpan.TryParseExact(match.Groups["time"].Value, Times, CultureInfo.InvariantCulture, out _));
    }

    [GeneratedRegex(@"^-?[0-9]+(\.[0-9]+)?\z")]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"^[0-9]{1,12}\z")]
    private static partial Regex EpochPattern();

    // YYYY, YYYY-MM, YYYY-MM-DD, then optionally Thh:mm[:ss[.s]] with Z or ±hh:mm (W3C NOTE-datetime).
    [GeneratedRegex(@"^(?<date>[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?)(T(?<time>[0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{1,7})?)?)(Z|[+-][0-9]{2}:[0-9]{2}))?\z")]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"^[0-9A-Fa-f:.]+\z")]
    private static partial Regex AddressPattern();

    [GeneratedRegex(@"^[0-9]{1,3}(\.[0-9]{1,3}){3}\z")]
    private static partial Regex Ipv4Pattern();

    [GeneratedRegex(@"^[0-9]{1,3}\z")]
    private static partial Regex PrefixPattern();
}
