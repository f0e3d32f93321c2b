using Infra.Core.Association;

namespace Infra.Core.Drift;

public enum DriftStatus
{
    /// <summary>The target has this stack's role, or nothing was read (driftCheck: off).</summary>
    InSync,

    /// <summary>
    /// Not associated by this stack before (its role does not exist yet, or the target is new to the stack):
    /// the role found is the one destroy gives back.
    /// </summary>
    FirstDeploy,

    /// <summary>Another role, or none: <c>pulumi up</c> sets ours again.</summary>
    Drifted,

    /// <summary>The role could not be read.</summary>
    Unreadable,
}

/// <summary>One target's observed state; <see cref="Token"/> is set only while drifted.</summary>
public sealed record TargetDrift(AssociationTarget Target, DriftStatus Status, string? RoleFound = null, string? Token = null, string? Cause = null)
{
    /// <summary>The key of the <c>drift</c> output: the branch, or <c>app:&lt;appId&gt;</c> (no branch name has a colon).</summary>
    public string Key => Target.Branch ?? $"app:{Target.AppId}";

    public string RoleFoundText => RoleFound ?? "none";

    /// <summary>The warning for a drifted or unreadable target, with the fix; null otherwise.</summary>
    public string? Warning => WarningFor(update: false);

    /// <summary>As <see cref="Warning"/>; during an update, which is the fix, a drifted target is told it is being repaired.</summary>
    public string? WarningFor(bool update) => Status switch
    {
        DriftStatus.Drifted when update => $"drift: {Target.Describe()} has compute role {RoleFoundText}, not this stack's role. "
            + "This update sets this stack's role again (only this association is updated).",
        DriftStatus.Drifted => $"drift: {Target.Describe()} has compute role {RoleFoundText}, not this stack's role. "
            + "Run 'pulumi up' to set this stack's role again (only this association is updated), "
            + "or remove the target from the stack if the change was meant.",
        DriftStatus.Unreadable => $"drift check: could not read the compute role of {Target.Describe()}: {Cause}. "
            + "Check that the target exists, that the AWS CLI has credentials for the stack's account, and that they allow "
            + "amplify:ListBranches (and amplify:GetApp with associateApp) and iam:GetRole on this stack's role; "
            + "or set driftCheck: off.",
        _ => null,
    };
}
