using Infra.Core.Association;
using Infra.Core.Settings;

namespace Infra.Core.Drift;

/// <summary>Compares what the observation found on each target with this stack's role.</summary>
public static class DriftAssessment
{
    /// <summary>Without <paramref name="previous"/> every target counts as associated before, as for a stack that predates that output.</summary>
    public static IReadOnlyList<TargetDrift> Assess(
        IEnumerable<AssociationTarget> targets, string stackRoleArn, Observation observation, PreviousAssociations? previous = null)
    {
        ArgumentNullException.ThrowIfNull(observation);
        previous ??= PreviousAssociations.Unknown;
        return [.. targets.Select(target => Assess(target, stackRoleArn, observation, previous))];
    }

    /// <summary>With driftCheck: off nothing is read and every target counts as in sync.</summary>
    public static IReadOnlyList<TargetDrift> NotObserved(IEnumerable<AssociationTarget> targets) =>
        [.. targets.Select(target => new TargetDrift(target, DriftStatus.InSync))];

    /// <summary>
    /// The <c>drift</c> output: target → role found (<c>none</c>), drifted targets only, in ordinal order. An update
    /// (<paramref name="update"/>) repairs every drifted target, so it records none: what the next preview finds.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Output(IEnumerable<TargetDrift> drifts, bool update = false) =>
        new SortedDictionary<string, string>(
            drifts.Where(d => d.Status == DriftStatus.Drifted && !update).ToDictionary(d => d.Key, d => d.RoleFoundText),
            StringComparer.Ordinal);

    /// <summary>Under driftCheck: fail, the error that stops the run while a target has drifted or cannot be read.</summary>
    public static string? Failure(DriftCheck check, IEnumerable<TargetDrift> drifts)
    {
        var warnings = drifts.Select(d => d.Warning).OfType<string>().ToList();
        return check == DriftCheck.Fail && warnings.Count > 0
            ? "driftCheck is fail and the compute role of a target is not this stack's:\n  " + string.Join("\n  ", warnings)
            : null;
    }

    private static TargetDrift Assess(AssociationTarget target, string stackRoleArn, Observation observation, PreviousAssociations previous)
    {
        if (observation.Failure is { } failure)
        {
            return new TargetDrift(target, DriftStatus.Unreadable, Cause: failure);
        }
        var found = target.Branch is { } branch ? observation.Branches.GetValueOrDefault(branch) : observation.App;
        if (found is null)
        {
            return new TargetDrift(target, DriftStatus.Unreadable, Cause: target.IsApp
                ? "the observation did not read the app"
                : $"app {target.AppId} has no branch '{target.Branch}'");
        }
        if (found.Role == stackRoleArn)
        {
            return new TargetDrift(target, DriftStatus.InSync, found.Role);
        }
        // Not associated before (a new stack, or a target new to it): what it has is what destroy gives back.
        return observation.StackRoleAbsent || !previous.Contains(target)
            ? new TargetDrift(target, DriftStatus.FirstDeploy, found.Role)
            // The role and the target's updateTime: a later drift, even back to the same role, is a new token.
            : new TargetDrift(target, DriftStatus.Drifted, found.Role, $"{found.Role ?? "none"}@{found.UpdateTime}");
    }
}
