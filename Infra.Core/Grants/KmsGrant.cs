using Infra.Core.Policies;
using Infra.Core.Settings;

namespace Infra.Core.Grants;

/// <summary>
/// A customer-managed KMS key behind an encrypted table or bucket: <c>read</c> decrypts,
/// <c>readWrite</c> also generates the data keys that encrypting writes need.
/// </summary>
public sealed record KmsGrant(string Key, AccessLevel Access) : Grant
{
    public static readonly IReadOnlyList<string> ReadActions = ["kms:Decrypt"];
    public static readonly IReadOnlyList<string> WriteActions = ["kms:GenerateDataKey"];

    public override string Kind => "kms";
    public override string Resource => Key;
    public override string SidStem => "Key" + Sid.Words(Key[(Key.LastIndexOf('/') + 1)..]);
    public override string Describe() => $"kms key '{Key}' ({Access.ToConfigValue()})";

    public override IReadOnlyList<PolicyStatement> Statements(ArnScope scope, string sidSuffix)
    {
        var actions = Access == AccessLevel.Read ? ReadActions : [.. ReadActions, .. WriteActions];
        var verb = Access == AccessLevel.Read ? "Decrypt" : "DecryptAndGenerateDataKey";
        return [new($"Kms{verb}{SidStem}{sidSuffix}", actions, [Key])];
    }
}
