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
    string? Profile)
{
    public string Partition => AwsRegion.PartitionOf(Region);

    public ArnScope Scope(string accountId) => new(Partition, Region, accountId);

    public static string DefaultRoleName(string project, string stack) => $"{project}-{stack}-amplify-compute";
}
