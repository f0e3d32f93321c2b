using Infra.Core.Drift;
using Infra.Core.Planning;
using Infra.Core.Settings;
using Pulumi;

namespace Infra;

public sealed class BranchAssociationArgs
{
    /// <summary>The target (a branch, or the app) and its triggers and environment.</summary>
    public required AssociationPlan Plan { get; init; }

    /// <summary>The region and profile the scripts call Amplify with.</summary>
    public required StackSettings Settings { get; init; }

    /// <summary>The account the scripts check they are in before touching the target.</summary>
    public required Output<string> AccountId { get; init; }

    /// <summary>The role to set; the association waits for all of it.</summary>
    public required ComputeRole Role { get; init; }

    /// <summary>What the observation found on the target: a drift token while drifted.</summary>
    public required TargetDrift Drift { get; init; }
}
