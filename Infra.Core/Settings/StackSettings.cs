using Infra.Core.Grants;

namespace Infra.Core.Settings;

/// <summary>A stack's config, parsed and valid: everything the program decides from.</summary>
public sealed record StackSettings(
    string Project,
    string Stack,
    string AppId,
    IReadOnlyList<string> Branches,
    IReadOnlyList<Grant> Grants,
    string RoleName,
    string? PermissionsBoundaryArn,
    IReadOnlyDictionary<string, string> Tags,
    bool AssociateApp,
    bool TrustSourceConditions,
    int ManagedPolicyLimit,
    string Region,
    IReadOnlyList<string> AllowedAccountIds,
    string? Profile,
    DriftCheck DriftCheck = DriftCheck.Warn)
{
    public string Partition => AwsRegion.PartitionOf(Region);

    public ArnScope Scope(string accountId) => new(Partition, Region, accountId);

    /// <summary>This stack's role, as IAM names it (no path), known before the role exists.</summary>
    public string RoleArn(string accountId) => Scope(accountId).Arn("iam", $"role/{RoleName}", regional: false);

    public static string DefaultRoleName(string project, string stack) => $"{project}-{stack}-amplify-compute";
}
