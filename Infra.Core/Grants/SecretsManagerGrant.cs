using System.Text.RegularExpressions;
using Infra.Core.Settings;

namespace Infra.Core.Grants;

/// <summary>
/// Read one secret's value. A secret's ARN ends in '-' and 6 random characters, so a name becomes
/// <c>secret:&lt;name&gt;-??????</c>: exactly that suffix, never a longer name that shares the prefix.
/// </summary>
public sealed record SecretsManagerGrant(string Secret, Level Granted) : NamedGrant
{
    public const string Rule = "a secret name (1 to 512 of A-Z a-z 0-9 / _ + = . @ -, or a prefix ending in '*'; never a bare '*') or the secret's full ARN arn:<partition>:secretsmanager:<region>:<account>:secret:<name>-<6 characters>";

    public static readonly Level ReadSecret = new("read", "ReadSecret", ["secretsmanager:DescribeSecret", "secretsmanager:GetSecretValue"]);

    public static readonly ActionSet Actions = new("secretsmanager", "secretsmanager", ["Secret"], new(ReadSecret));

    public static readonly GrantKind Definition = new("secretsmanager", ["secret", "actions"], Read, Actions);

    private const string Chars = "[A-Za-z0-9/_+=.@-]";
    private static readonly Regex NamePattern = NamePatterns.NameOrPrefix($"{Chars}{{1,512}}", Chars, 512);

    // The full ARN only: a partial one (without the random suffix) matches no secret in a policy.
    private static readonly Regex ArnPattern = NamePatterns.Arn("secretsmanager", "secret:", $"{Chars}{{1,512}}", "-[A-Za-z0-9]{6}");

    public SecretsManagerGrant(string secret)
        : this(secret, ReadSecret)
    {
    }

    public override Level Level => Granted;
    public override GrantKind Kind => Definition;
    public override string Resource => Secret;
    public override string SidStem => Sid.Words(NamePatterns.NameOf(Secret, ArnPattern));
    public override string Describe() => $"secretsmanager secret '{Secret}' ({Granted.Label})";

    public override IReadOnlyList<Target> Targets =>
        [new("Secret", $"SecretsManager{Granted.SidWord}", s => [NamePatterns.ArnOf(Secret, s, "secretsmanager", "secret:", Secret.EndsWith('*') ? "" : "-??????")])];

    private static SecretsManagerGrant? Read(ConfigEntry entry, ResourceRules rules)
    {
        var secret = NamePatterns.Read(entry, rules, "secret", Rule, NamePattern, ArnPattern);
        var level = Actions.ReadFixed(entry, rules.Problems, ReadSecret);
        return secret is not null && level is not null ? new(secret, level) : null;
    }
}
