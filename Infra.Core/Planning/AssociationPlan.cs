using Infra.Core.Association;
using Infra.Core.Naming;
using Infra.Core.Settings;

namespace Infra.Core.Planning;

/// <summary>
/// One association of the compute role: with a branch, or with the app as its default.
/// Only the target is a trigger (a new target replaces the association); the scripts and the
/// role ARN are plain inputs, so a new role or script version runs the update script in place.
/// </summary>
public sealed record AssociationPlan(string ResourceName, AssociationTarget Target)
{
    public IReadOnlyList<string> Triggers => [Target.AppId, Target.Branch ?? ""];

    public static IReadOnlyList<AssociationPlan> For(StackSettings settings)
    {
        var branches = settings.Branches.Select(branch =>
            new AssociationPlan(ResourceNaming.BranchAssociation(branch), new AssociationTarget(settings.AppId, branch)));
        return settings.AssociateApp
            ? [.. branches, new AssociationPlan(ResourceNaming.AppAssociation, new AssociationTarget(settings.AppId, null))]
            : [.. branches];
    }

    public IReadOnlyDictionary<string, string> Environment(StackSettings settings, string accountId, string roleArn) =>
        AssociationEnvironment.For(Target, settings.Region, settings.Profile, accountId, roleArn);
}
