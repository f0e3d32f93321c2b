using System.Text.RegularExpressions;
using Infra.Core.Settings;

namespace Infra.Core.Grants;

/// <summary>
/// A customer-managed KMS key behind an encrypted table or bucket: <c>read</c> decrypts,
/// <c>readWrite</c> also generates the data keys that encrypting writes need.
/// </summary>
public sealed partial record KmsGrant(string Key, Level Granted) : NamedGrant
{
    public const string Rule = "a KMS key ARN arn:<partition>:kms:<region>:<account>:key/<key id> (an alias does not authorise use of the key)";

    // The AWS CDK's grantDecrypt; readWrite adds what grantEncryptDecrypt's data-key writes need.
    public static readonly Levels Levels = new(
        new("read", "Decrypt", ["kms:Decrypt"]),
        new("readWrite", "DecryptAndGenerateDataKey", ["kms:Decrypt", "kms:GenerateDataKey"]));

    public static readonly ActionSet Actions = new("kms", "kms", ["key"], Levels);

    public static readonly GrantKind Definition = new("kms", ["key", "access", "actions"], Read, Actions);

    public KmsGrant(string key, string access)
        : this(key, Levels[access])
    {
    }

    public override Level Level => Granted;
    public override GrantKind Kind => Definition;
    public override string Resource => Key;
    public override string SidStem => "Key" + Sid.Words(Key[(Key.LastIndexOf('/') + 1)..]);
    public override string Describe() => $"kms key '{Key}' ({Granted.Label})";

    public override IReadOnlyList<Target> Targets => [new("key", $"Kms{Granted.SidWord}", _ => [Key])];

    private static KmsGrant? Read(ConfigEntry entry, ResourceRules rules)
    {
        var key = entry.Required("key", Rule);
        var level = Actions.ReadAccess(entry, rules.Problems);
        var valid = key is not null && rules.Arn($"{entry.Path}.key", key, ArnPattern().Match, Rule);
        return valid && level is not null ? new KmsGrant(key!, level) : null;
    }

    [GeneratedRegex(@"^arn:(?<partition>aws[a-z-]*):kms:(?<region>[a-z0-9-]+):(?<account>[0-9]{12}):key/(?:(?:mrk-)?[0-9a-f]{32}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\z")]
    private static partial Regex ArnPattern();
}
