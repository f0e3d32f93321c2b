using Infra.Core.Association;
using Infra.Core.Drift;
using static Infra.Core.Tests.Association.Scenario;

namespace Infra.Core.Tests.Association;

/// <summary>observe.sh, update.sh, observe.sh with the real CLI against one stand-in: the repair's own write.</summary>
public class RepairConvergenceTests
{
    [SkippableFact]
    public void The_token_carries_the_updateTime_the_repair_moves_and_the_repaired_branch_has_no_token()
    {
        using var observation = new ObservationRun();
        var standIn = observation.StandIn;
        standIn.AddIamRole(ObservationRun.RoleName);
        standIn.Set(AppId, "main", OtherRole);
        var main = new AssociationTarget(AppId, "main");
        var before = Observation.Parse(observation.Execute().Stdout);
        var drifted = Assert.Single(DriftAssessment.Assess([main], OurRole, before));

        using var repair = new ScriptRun(standIn, AssociationEnvironment.For(main, Region, null, Account, OurRole));
        repair.PutFirstOnPath(AccountCheckCache.Directory); // the preflight and the account check are not its point
        repair.Environment[ScriptRun.PulumiCommandStdout] = "previous-compute-role-arn: none\n";
        repair.Run(AssociationScripts.Update).AssertSucceeded();
        var after = Observation.Parse(observation.Execute().Stdout);
        var repaired = Assert.Single(DriftAssessment.Assess([main], OurRole, after));

        Assert.Equal($"{OtherRole}@{before.Branches["main"].UpdateTime}", drifted.Token);
        // The stand-in moves updateTime on UpdateBranch, so a branch still drifted would get a new token; an
        // in-sync one gets none whatever its updateTime, and the engine keeps the stored token (ignoreChanges).
        Assert.NotEqual(before.Branches["main"].UpdateTime, after.Branches["main"].UpdateTime);
        Assert.Equal((DriftStatus.InSync, null), (repaired.Status, repaired.Token));
    }
}
