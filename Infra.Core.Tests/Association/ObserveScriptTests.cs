using Infra.Core.Association;
using Infra.Core.Drift;
using static Infra.Core.Tests.Association.Scenario;

namespace Infra.Core.Tests.Association;

/// <summary>observe.sh with the real CLI: what it reads, in how many requests, and that it only reads.</summary>
public class ObserveScriptTests
{
    private static readonly string[] Configured = ["main", "develop", "staging", "feature/login", "gone"];

    [SkippableFact]
    public void Reads_every_branch_and_the_app_and_Infra_Core_finds_the_drifted_ones()
    {
        using var observation = new ObservationRun(withApp: true);
        var standIn = observation.StandIn;
        standIn.AddIamRole(ObservationRun.RoleName);
        standIn.Set(AppId, null, OtherRole);
        standIn.Set(AppId, "main", OurRole);
        standIn.Set(AppId, "develop", OtherRole);
        standIn.Set(AppId, "staging", null);
        standIn.Set(AppId, "feature/login", OurRole);

        var result = observation.Execute();

        result.AssertSucceeded();
        Assert.Empty(result.Stderr);
        observation.AssertReadsOnly();
        var targets = Configured.Select(b => new AssociationTarget(AppId, b))
            .Append(new AssociationTarget(AppId, null)).ToList();
        var drifts = DriftAssessment.Assess(targets, OurRole, Observation.Parse(result.Stdout));
        Assert.Equal(
            [DriftStatus.InSync, DriftStatus.Drifted, DriftStatus.Drifted, DriftStatus.InSync, DriftStatus.Unreadable, DriftStatus.Drifted],
            drifts.Select(d => d.Status));
        Assert.Equal(
            new Dictionary<string, string> { ["app:" + AppId] = OtherRole, ["develop"] = OtherRole, ["staging"] = "none" },
            DriftAssessment.Output(drifts));
        Assert.Contains($"app {AppId} has no branch 'gone'", drifts[4].Warning, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Two_hundred_branches_take_four_list_requests()
    {
        using var observation = new ObservationRun(realAccountCheck: true); // it counts every request
        observation.StandIn.AddIamRole(ObservationRun.RoleName);
        var branches = Enumerable.Range(0, 200).Select(i => $"feature/b{i:D3}").ToList();
        foreach (var branch in branches)
        {
            observation.StandIn.Set(AppId, branch, OurRole);
        }

        var result = observation.Execute();

        result.AssertSucceeded();
        var requests = observation.StandIn.Requests;
        Assert.Equal(4, requests.Count(r => r.RawPath.StartsWith($"/apps/{AppId}/branches?", StringComparison.Ordinal)));
        Assert.Equal(6, requests.Count); // and GetCallerIdentity, GetRole
        Assert.All(requests.Where(r => r.IsAmplify), r => Assert.Contains("maxResults=50", r.RawPath, StringComparison.Ordinal));
        var observed = Observation.Parse(result.Stdout);
        Assert.Equal(branches, observed.Branches.Keys.Order(StringComparer.Ordinal));
        Assert.All(observed.Branches.Values, found => Assert.Equal(OurRole, found.Role));
    }

    [SkippableFact]
    public void Before_the_first_deploy_the_stack_role_is_absent_so_nothing_is_drift()
    {
        using var observation = new ObservationRun();
        observation.StandIn.Set(AppId, "main", OtherRole);

        var result = observation.Execute();

        result.AssertSucceeded();
        var drift = Assert.Single(DriftAssessment.Assess([new AssociationTarget(AppId, "main")], OurRole, Observation.Parse(result.Stdout)));
        Assert.Equal((DriftStatus.FirstDeploy, OtherRole, null), (drift.Status, drift.RoleFound, drift.Token));
    }
}
