namespace Infra.Core.Settings;

/// <summary>The keys of the config contract; project keys live in the project's namespace.</summary>
public sealed record ConfigKeys(string Project)
{
    public const string AppId = "appId";
    public const string Branches = "branches";
    public const string Access = "access";
    public const string RoleName = "roleName";
    public const string PermissionsBoundaryArn = "permissionsBoundaryArn";
    public const string Tags = "tags";
    public const string AssociateApp = "associateApp";
    public const string TrustSourceConditions = "trustSourceConditions";
    public const string ManagedPolicyLimit = "managedPolicyLimit";
    public const string DriftCheck = "driftCheck";

    public const string AwsRegion = "aws:region";
    public const string AwsAllowedAccountIds = "aws:allowedAccountIds";
    public const string AwsProfile = "aws:profile";

    /// <summary>The project keys, in the order docs/config.md#keys lists them (and the error for an unknown key names them).</summary>
    public static readonly IReadOnlyList<string> ProjectKeys =
        [AppId, Branches, Access, RoleName, PermissionsBoundaryArn, Tags, AssociateApp, TrustSourceConditions, ManagedPolicyLimit, DriftCheck];

    /// <summary>The AWS provider's keys this program reads (never declares or duplicates).</summary>
    public static readonly IReadOnlyList<string> AwsKeys = [AwsRegion, AwsAllowedAccountIds, AwsProfile];

    public string Full(string name) => $"{Project}:{name}";
}
