using Infra.Core.Association;
using Infra.Core.Drift;
using Infra.Core.Settings;

namespace Infra.Core.Tests.Drift;

public class DriftAssessmentTests
{
    private const string App = "d1a2b3c4d5e6f7";
    private const string Ours = "arn:aws:iam::111122223333:role/web-ssr-compute";
    private const string Other = "arn:aws:iam::111122223333:role/someone-elses";
    private static readonly AssociationTarget Main = new(App, "main");
    private static readonly AssociationTarget TheApp = new(App, null);

    private static Observation Found(string? mainRole, string time = "1764000001", bool absent = false) => Observation.Parse(
        $"stack-role: {(absent ? "absent" : "present")}\nbranch: main\t{mainRole ?? "None"}\t{time}\nbranch: other\t{Other}\t5\napp: None\t7\n");

    [Fact]
    public void Our_role_is_in_sync_with_no_token()
    {
        var drift = DriftAssessment.Assess([Main], Ours, Found(Ours)).Single();

        Assert.Equal((DriftStatus.InSync, null, null), (drift.Status, drift.Token, drift.Warning));
    }

    [Theory]
    [InlineData(Other, Other)]
    [InlineData(null, "none")]
    public void Another_role_or_none_is_drift_with_a_token_of_role_and_time(string? found, string shown)
    {
        var drift = DriftAssessment.Assess([Main], Ours, Found(found)).Single();

        Assert.Equal((DriftStatus.Drifted, $"{shown}@1764000001"), (drift.Status, drift.Token));
        Assert.Equal(new Dictionary<string, string> { ["main"] = shown }, DriftAssessment.Output([drift]));
        Assert.Contains($"branch 'main' of app {App} has compute role {shown}, not this stack's role. Run 'pulumi up'", drift.Warning, StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_updateTime_is_a_new_token()
    {
        Assert.NotEqual(
            DriftAssessment.Assess([Main], Ours, Found(Other, "1")).Single().Token,
            DriftAssessment.Assess([Main], Ours, Found(Other, "2")).Single().Token);
    }

    [Fact]
    public void The_app_is_read_from_its_own_line_and_keyed_by_its_id()
    {
        var drift = DriftAssessment.Assess([TheApp], Ours, Found(Ours)).Single();

        Assert.Equal((DriftStatus.Drifted, "none@7", "app:" + App), (drift.Status, drift.Token, drift.Key));
    }

    [Fact]
    public void Without_the_stack_role_nothing_found_is_drift()
    {
        var drifts = DriftAssessment.Assess([Main, TheApp], Ours, Found(Other, absent: true));

        Assert.All(drifts, d => Assert.Equal((DriftStatus.FirstDeploy, null, null), (d.Status, d.Token, d.Warning)));
        Assert.Empty(DriftAssessment.Output(drifts));
    }

    [Fact]
    public void A_missing_branch_and_a_failure_are_unreadable_with_their_cause()
    {
        var missing = DriftAssessment.Assess([new AssociationTarget(App, "gone")], Ours, Found(Ours)).Single();
        var failed = DriftAssessment.Assess([Main], Ours, Observation.Parse("An error occurred (AccessDeniedException) when calling the ListBranches operation: no\nunobservable: listing failed (AccessDeniedException)\n")).Single();

        Assert.Equal(DriftStatus.Unreadable, missing.Status);
        Assert.Contains($"could not read the compute role of branch 'gone' of app {App}: app {App} has no branch 'gone'", missing.Warning, StringComparison.Ordinal);
        Assert.Equal(DriftStatus.Unreadable, failed.Status);
        Assert.Contains("listing failed (AccessDeniedException) (An error occurred (AccessDeniedException) when calling", failed.Warning, StringComparison.Ordinal);
        Assert.Null(failed.Token);
    }

    [Fact]
    public void Only_fail_turns_warnings_into_an_error()
    {
        var drifts = DriftAssessment.Assess([Main], Ours, Found(Other));
        var inSync = DriftAssessment.Assess([Main], Ours, Found(Ours));

        Assert.Null(DriftAssessment.Failure(DriftCheck.Warn, drifts));
        Assert.Null(DriftAssessment.Failure(DriftCheck.Fail, inSync));
        Assert.Contains("has compute role " + Other, DriftAssessment.Failure(DriftCheck.Fail, drifts), StringComparison.Ordinal);
    }

    [Fact]
    public void Not_observed_is_in_sync_everywhere()
    {
        Assert.All(DriftAssessment.NotObserved([Main, TheApp]), d => Assert.Equal((DriftStatus.InSync, null), (d.Status, d.Token)));
    }
}
