using System.Text.RegularExpressions;
using Infra.Core.Policies;
using Infra.Core.Settings;

namespace Infra.Core.Grants;

/// <summary>
/// A customer-managed KMS key behind an encrypted table or bucket: <c>read</c> decrypts,
/// <c>readWrite</c> also generates the data keys that encrypting writes need.
/// </summary>
public sealed partial record KmsGrant(string Key, string Access) : Grant
{
    public const string Rule = "a KMS key ARN arn:<partition>:kms:<region>:<account>:key/<key id> (an alias does not authorise use of the key)";

    public static readonly GrantKind Definition = new("kms", ["key", "access"], Read);

    // The AWS CDK's grantDecrypt; readWrite adds what grantEncryptDecrypt's data-key writes need.
    public static readonly Levels Levels = new(
        new("read", "Decrypt", ["kms:Decrypt"]),
        new("readWrite", "DecryptAndGenerateDataKey", ["kms:Decrypt", "kms:GenerateDataKey"]));

    public override GrantKind Kind => Definition;
    public override string Resource => Key;
    public override string SidStem => "Key" + Sid.Words(Key[(Key.LastIndexOf('/') + 1)..]);
    public override string Describe() => $"kms key '{Key}' ({Access})";

    public override IReadOnlyList<PolicyStatement> Statements(ArnScope scope)
    {
        var level = Levels[Access];
        return [new($"Kms{level.SidWord}", level.Actions, [Key])];
    }

    private static KmsGrant? Read(ConfigEntry entry, ResourceRules rules)
    {
        var key = entry.Required("key", Rule);
        var access = Levels.Read(entry);
        var valid = key is not null && rules.Arn($"{entry.Path}.key", key, ArnPattern().Match, Rule);
        return valid && access is not null ? new KmsGrant(key!, access) : null;
    }

    [GeneratedRegex(@"^arn:(?<partition>aws[a-z-]*):kms:(?<region>[a-z0-9-]+):(?<account>[0-9]{12}):key/(?:(?:mrk-)?[0-9a-f]{32}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\z")]
    private static partial Regex ArnPattern();
}
