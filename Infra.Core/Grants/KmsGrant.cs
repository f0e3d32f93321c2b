using System.Text.RegularExpressions;
using Infra.Core.Policies;
using Infra.Core.Settings;

namespace Infra.Core.Grants;

/// <summary>
/// A customer-managed KMS key behind an encrypted table or bucket: <c>read</c> decrypts,
/// <c>readWrite</c> also generates the data keys that encrypting writes need.
/// </summary>
public sealed partial record KmsGrant(string Key, AccessLevel Access) : Grant
{
    public const string Rule = "a KMS key ARN arn:<partition>:kms:<region>:<account>:key/<key id> (an alias does not authorise use of the key)";

    public static readonly GrantKind Definition = new("kms", ["key", "access"], Read);

    public static readonly IReadOnlyList<string> ReadActions = ["kms:Decrypt"];
    public static readonly IReadOnlyList<string> WriteActions = ["kms:GenerateDataKey"];

    public override GrantKind Kind => Definition;
    public override string Resource => Key;
    public override string SidStem => "Key" + Sid.Words(Key[(Key.LastIndexOf('/') + 1)..]);
    public override string Describe() => $"kms key '{Key}' ({Access.ToConfigValue()})";

    public override IReadOnlyList<PolicyStatement> Statements(ArnScope scope)
    {
        var actions = Access == AccessLevel.Read ? ReadActions : [.. ReadActions, .. WriteActions];
        var verb = Access == AccessLevel.Read ? "Decrypt" : "DecryptAndGenerateDataKey";
        return [new($"Kms{verb}", actions, [Key])];
    }

    private static KmsGrant? Read(ConfigEntry entry, ResourceRules rules)
    {
        var key = entry.Required("key", Rule);
        var access = entry.Access();
        var valid = key is not null && rules.Arn($"{entry.Path}.key", key, ArnPattern().Match, Rule);
        return valid && access is { } level ? new KmsGrant(key!, level) : null;
    }

    [GeneratedRegex(@"^arn:(?<partition>aws[a-z-]*):kms:(?<region>[a-z0-9-]+):(?<account>\d{12}):key/(?:(?:mrk-)?[0-9a-f]{32}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\z")]
    private static partial Regex ArnPattern();
}
