using System.Text.RegularExpressions;
using Infra.Core.Policies;
using Infra.Core.Settings;

namespace Infra.Core.Grants;

/// <summary>
/// Send email as a verified SES identity. SES authorises each send on the identity and, when the
/// message uses one (named in the request or the identity's default), on the configuration set.
/// </summary>
public sealed partial record SesGrant(string VerifiedIdentity, string? ConfigurationSet, string? FromAddress, Level Granted) : NamedGrant
{
    public const string IdentityRule = "a verified SES identity: a domain (mail.example.com) or an email address (noreply@example.com), no wildcards; or its ARN arn:<partition>:ses:<region>:<account>:identity/<domain or address>";
    public const string ConfigurationSetRule = "an SES configuration set name (1 to 64 of A-Z a-z 0-9 _ -) or its ARN arn:<partition>:ses:<region>:<account>:configuration-set/<name>";
    public const string FromAddressRule = "an email address that the identity covers: the identity's own address, or an address at its domain or a subdomain of it";

    // SES v2 SendEmail is authorised as ses:SendEmail, and as ses:SendRawEmail for raw content.
    public static readonly Level Send = new("send", "SendEmail", ["ses:SendEmail", "ses:SendRawEmail"]);

    public static readonly ActionSet Actions = new("ses", "ses", ["identity", "configuration-set"], new(Send));

    public static readonly GrantKind Definition = new("ses", ["identity", "configurationSet", "fromAddress", "actions"], Read, Actions);

    public SesGrant(string verifiedIdentity, string? configurationSet, string? fromAddress)
        : this(verifiedIdentity, configurationSet, fromAddress, Send)
    {
    }

    public override Level Level => Granted;
    public override GrantKind Kind => Definition;
    public override string Resource => $"{VerifiedIdentity}{(ConfigurationSet is null ? "" : $" configurationSet {ConfigurationSet}")}{(FromAddress is null ? "" : $" fromAddress {FromAddress}")}";
    public override string SidStem => Sid.Words(Name(VerifiedIdentity)) + Sid.Words(Name(ConfigurationSet ?? ""));
    public override string Describe() => $"ses identity '{VerifiedIdentity}'{(ConfigurationSet is null ? "" : $" configuration set '{ConfigurationSet}'")} ({Granted.Label})";

    private static string Name(string value) => NamePatterns.IsArn(value) ? value[(value.IndexOf('/', StringComparison.Ordinal) + 1)..] : value;

    // The identity and the configuration set share one statement when they get the same actions.
    public override IReadOnlyList<Target> Targets =>
    [
        new("identity", $"Ses{Granted.SidWord}", s => [Arn(s, VerifiedIdentity, "identity")], From),
        .. ConfigurationSet is null
            ? Array.Empty<Target>()
            : [new("configuration-set", $"Ses{Granted.SidWord}ConfigurationSet", s => [Arn(s, ConfigurationSet, "configuration-set")], From)],
    ];

    private static string Arn(ArnScope scope, string value, string type) => NamePatterns.IsArn(value) ? value : scope.Arn("ses", $"{type}/{value}");

    private IReadOnlyList<PolicyCondition> From(ArnScope scope) => FromAddress is null ? [] : [new("StringEquals", "ses:FromAddress", [FromAddress])];

    private static SesGrant? Read(ConfigEntry entry, ResourceRules rules)
    {
        var identity = entry.Required("identity", IdentityRule);
        var configurationSet = entry.Optional("configurationSet");
        var from = entry.Optional("fromAddress");
        var validIdentity = identity is not null && rules.NameOrArn($"{entry.Path}.identity", identity, IsIdentity, IdentityArn, IdentityRule);
        var valid = configurationSet is null
            || rules.NameOrArn($"{entry.Path}.configurationSet", configurationSet, ConfigurationSetName().IsMatch, ConfigurationSetArn().Match, ConfigurationSetRule);
        // Coverage is only checked against an identity that is itself valid: one problem per mistake.
        valid &= from is null || rules.Problems.Check(
            Address().IsMatch(from) && (!validIdentity || Covers(Name(identity!), from)), $"{entry.Path}.fromAddress", from, $"must be {FromAddressRule}");
        var level = Actions.ReadFixed(entry, rules.Problems, Send);
        return validIdentity && valid && level is not null
            ? Actions.Landed(new SesGrant(identity!, configurationSet, from, level), entry, rules.Problems, rules.Partition)
            : null;
    }

    private static bool IsIdentity(string value) => Domain().IsMatch(value) || Address().IsMatch(value);

    private static Match IdentityArn(string value) =>
        IdentityArnPattern().Match(value) is { Success: true } match && IsIdentity(match.Groups["identity"].Value) ? match : Match.Empty;

    private static bool Covers(string identity, string from)
    {
        if (Address().IsMatch(identity))
        {
            return string.Equals(identity, from, StringComparison.OrdinalIgnoreCase);
        }
        var domain = from[(from.LastIndexOf('@') + 1)..];
        return string.Equals(domain, identity, StringComparison.OrdinalIgnoreCase)
            || domain.EndsWith($".{identity}", StringComparison.OrdinalIgnoreCase);
    }

    // Labels of letters, digits and inner hyphens; at least two of them, 253 characters in all.
    [GeneratedRegex(@"^(?=.{1,253}\z)(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\z")]
    private static partial Regex Domain();

    // A dot-atom local part of the common characters: never '*', '?' or '$', which IAM reads as wildcards or variables.
    [GeneratedRegex(@"^(?=[^@]{1,64}@)[A-Za-z0-9_%+-]+(?:\.[A-Za-z0-9_%+-]+)*@(?=.{1,253}\z)(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\z")]
    private static partial Regex Address();

    [GeneratedRegex(@"^arn:(?<partition>aws[a-z-]*):ses:(?<region>[a-z0-9-]+):(?<account>[0-9]{12}):identity/(?<identity>.+)\z")]
    private static partial Regex IdentityArnPattern();

    [GeneratedRegex(@"^[A-Za-z0-9_-]{1,64}\z")]
    private static partial Regex ConfigurationSetName();

    [GeneratedRegex(@"^arn:(?<partition>aws[a-z-]*):ses:(?<region>[a-z0-9-]+):(?<account>[0-9]{12}):configuration-set/[A-Za-z0-9_-]{1,64}\z")]
    private static partial Regex ConfigurationSetArn();
}
