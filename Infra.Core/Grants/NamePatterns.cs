using System.Text.RegularExpressions;
using Infra.Core.Settings;

namespace Infra.Core.Grants;

/// <summary>
/// The shapes most kinds accept for their resource: a name, a non-empty prefix of one ending in
/// '*', or a full ARN (for a resource in another account or region). Patterns end in <c>\z</c>.
/// </summary>
public static class NamePatterns
{
    /// <summary>A whole name (<paramref name="name"/>), or 1 to max-1 of <paramref name="chars"/> then '*'.</summary>
    public static Regex NameOrPrefix(string name, string chars, int max) =>
        new($@"^(?:{name}|{chars}{{1,{max - 1}}}\*)\z", RegexOptions.CultureInvariant);

    /// <summary><c>arn:&lt;partition&gt;:&lt;service&gt;:&lt;region&gt;:&lt;account&gt;:&lt;type&gt;&lt;name&gt;&lt;tail&gt;</c>; the name in group <c>name</c>.</summary>
    public static Regex Arn(string service, string type, string name, string tail = "") =>
        new($@"^arn:(?<partition>aws[a-z-]*):{service}:(?<region>[a-z0-9-]+):(?<account>[0-9]{{12}}):{Regex.Escape(type)}(?<name>{name}){tail}\z",
            RegexOptions.CultureInvariant);

    /// <summary>The one test of whether a config value is an ARN rather than a name.</summary>
    public static bool IsArn(string value) => value.StartsWith("arn:", StringComparison.Ordinal);

    /// <summary>The resource's ARN: as written when it is one, else the name in the stack's account and region.</summary>
    public static string ArnOf(string value, ArnScope scope, string service, string type, string tail = "") =>
        IsArn(value) ? value : scope.Arn(service, type + value + tail);

    /// <summary>The name a Sid shows: the ARN's name group, or the value itself.</summary>
    public static string NameOf(string value, Regex arn) => IsArn(value) ? arn.Match(value).Groups["name"].Value : value;

    /// <summary>A required field holding a name, prefix or ARN; null (with a problem) when it is none of them.</summary>
    public static string? Read(ConfigEntry entry, ResourceRules rules, string field, string rule, Regex name, Regex arn) =>
        entry.Required(field, rule) is { } value && rules.NameOrArn($"{entry.Path}.{field}", value, name.IsMatch, arn.Match, rule)
            ? value
            : null;
}
