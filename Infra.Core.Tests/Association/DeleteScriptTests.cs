using Infra.Core.Association;
using static Infra.Core.Tests.Association.Scenario;

namespace Infra.Core.Tests.Association;

public class DeleteScriptTests
{
    private const string Subject = $"branch 'main' of app {AppId}";

    [SkippableFact]
    public void Restores_the_recorded_previous_role()
    {
        using var scenario = Branch("main", OurRole);

        var result = scenario.Execute(AssociationScripts.Delete, $"previous-compute-role-arn: {OtherRole}\n");

        result.AssertSucceeded();
        Assert.Equal([AmplifyCall.Get(scenario.Path), AmplifyCall.Post(scenario.Path, OtherRole)], scenario.StandIn.AmplifyCalls);
        Assert.Equal([$"compute role of {Subject}: restored to {OtherRole}"], result.StdoutLines);
        Assert.Equal(OtherRole, scenario.CurrentRole);
    }

    [SkippableFact]
    public void Clears_the_role_with_an_empty_string_when_there_was_none()
    {
        using var scenario = Branch("main", OurRole);

        var result = scenario.Execute(AssociationScripts.Delete, "previous-compute-role-arn: none\n");

        result.AssertSucceeded();
        Assert.Equal(
            [AmplifyCall.Get(scenario.Path), new AmplifyCall("POST", scenario.Path, """{"computeRoleArn": ""}""")],
            scenario.StandIn.AmplifyCalls);
        Assert.Equal([$"compute role of {Subject}: restored to none"], result.StdoutLines);
        Assert.Null(scenario.CurrentRole);
    }

    [SkippableFact]
    public void Leaves_a_role_someone_else_set_since()
    {
        const string theirs = "arn:aws:iam::111122223333:role/set-by-someone-else";
        using var scenario = Branch("main", theirs);

        var result = scenario.Execute(AssociationScripts.Delete, $"previous-compute-role-arn: {OtherRole}\n");

        result.AssertSucceeded();
        Assert.Equal([AmplifyCall.Get(scenario.Path)], scenario.StandIn.AmplifyCalls);
        Assert.Equal([$"compute role of {Subject}: now {theirs}, not ours ({OurRole}): left as it is"], result.StdoutLines);
        Assert.Equal(theirs, scenario.CurrentRole);
    }

    [SkippableFact]
    public void Succeeds_when_the_branch_is_gone()
    {
        using var scenario = Branch("main", OurRole);
        scenario.StandIn.Remove(AppId, "main");

        var result = scenario.Execute(AssociationScripts.Delete, "previous-compute-role-arn: none\n");

        result.AssertSucceeded();
        Assert.Equal([AmplifyCall.Get(scenario.Path)], scenario.StandIn.AmplifyCalls);
        Assert.Equal([$"{Subject} no longer exists: nothing to restore"], result.StdoutLines);
    }

    [SkippableFact]
    public void Fails_without_a_recorded_previous_role_and_changes_nothing()
    {
        using var scenario = Branch("main", OurRole);

        var result = scenario.Execute(AssociationScripts.Delete, recorded: null);

        result.AssertFailed();
        Assert.Contains("no 'previous-compute-role-arn:' line", result.Stderr, StringComparison.Ordinal);
        Assert.Empty(scenario.StandIn.AmplifyCalls);
        Assert.Equal(OurRole, scenario.CurrentRole);
    }

    [SkippableFact]
    public void Fails_on_errors_other_than_not_found()
    {
        using var scenario = Branch("main", OurRole);
        scenario.StandIn.FailNext("GET", AwsError.Unauthorized);

        var result = scenario.Execute(AssociationScripts.Delete, $"previous-compute-role-arn: {OtherRole}\n");

        result.AssertFailed();
        Assert.Equal([AmplifyCall.Get(scenario.Path)], scenario.StandIn.AmplifyCalls);
        Assert.Contains(AwsError.Unauthorized.Message, result.Stderr, StringComparison.Ordinal);
        Assert.Equal(OurRole, scenario.CurrentRole);
    }
}
