using Infra.Core.Association;
using Infra.Core.Drift;
using Infra.Core.Planning;
using Infra.Core.Settings;
using Pulumi;
using Pulumi.Command.Local;

namespace Infra;

/// <summary>
/// Reads each target's compute role with pulumi-command's <c>local.run</c> invoke, which runs in
/// preview too, before any resource is declared: the association's inputs and options depend on it.
/// </summary>
public static class DriftObservation
{
    public static IReadOnlyList<TargetDrift> Observe(StackPlan plan, string accountId)
    {
        var settings = plan.Settings;
        var targets = plan.Associations.Select(a => a.Target).ToList();
        if (settings.DriftCheck == DriftCheck.Off)
        {
            return DriftAssessment.NotObserved(targets);
        }
        var roleArn = settings.RoleArn(accountId);
        var drifts = DriftAssessment.Assess(targets, roleArn, Read(plan, accountId, roleArn), PreviousRun.Associations());
        foreach (var warning in drifts.Select(d => d.WarningFor(update: !Deployment.Instance.IsDryRun)).OfType<string>())
        {
            Log.Warn(warning);
        }
        if (DriftAssessment.Failure(settings.DriftCheck, drifts) is { } failure)
        {
            throw new RunException(failure);
        }
        return drifts;
    }

    private static Observation Read(StackPlan plan, string accountId, string roleArn)
    {
        var settings = plan.Settings;
        var args = new RunArgs
        {
            Command = AssociationScripts.Observe,
            Interpreter = ["/bin/sh", "-c"],
            Environment = new Dictionary<string, string>(AssociationEnvironment.ForObservation(
                settings.AppId, settings.AssociateApp, settings.Region, settings.Profile, accountId, roleArn)),
        };
        try
        {
            // Task.Run: the wait must not hold a synchronisation context the invoke's continuations need.
            var result = Task.Run(() => Run.InvokeAsync(args)).GetAwaiter().GetResult();
            return Observation.Parse(result.Stdout);
        }
        catch (Exception e) when (e is not RunException)
        {
            // The script reports its own failures on stdout; this is the invoke itself failing.
            return Observation.Failed($"the observation could not run: {e.Message}");
        }
    }
}
