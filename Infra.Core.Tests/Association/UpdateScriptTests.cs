using Infra.Core.Association;
using static Infra.Core.Tests.Association.Scenario;

namespace Infra.Core.Tests.Association;

public class UpdateScriptTests
{
    [SkippableFact]
    public void Sets_our_role_again_and_keeps_the_recorded_previous_role()
    {
        // Since create, someone changed the role; update takes it back and still
        // remembers what create found, not what it replaced now.
        using var scenario = Branch("main", "arn:aws:iam::111122223333:role/changed-meanwhile");
        var recorded = $"previous-compute-role-arn: {OtherRole}\ncompute role of branch 'main': set to {OurRole}\n";

        var result = scenario.Execute(AssociationScripts.Update, recorded);

        result.AssertSucceeded();
        Assert.Equal([AmplifyCall.Post(scenario.Path, OurRole)], scenario.StandIn.AmplifyCalls);
        Assert.Equal(
            [$"previous-compute-role-arn: {OtherRole}",
             $"compute role of branch 'main' of app {AppId}: set to {OurRole} (previous: {OtherRole})"],
            result.StdoutLines);
        Assert.Equal(OurRole, scenario.CurrentRole);
    }

    [SkippableFact]
    public void Keeps_a_recorded_none()
    {
        using var scenario = Branch("main", OurRole);

        var result = scenario.Execute(AssociationScripts.Update, "previous-compute-role-arn: none\n");

        result.AssertSucceeded();
        Assert.Equal([AmplifyCall.Post(scenario.Path, OurRole)], scenario.StandIn.AmplifyCalls);
        Assert.Equal("previous-compute-role-arn: none", result.StdoutLines[0]);
    }

    [SkippableTheory]
    [InlineData(null)]
    [InlineData("compute role of branch 'main': set to something\n")]
    public void Fails_without_a_recorded_previous_role_and_changes_nothing(string? recorded)
    {
        using var scenario = Branch("main", OtherRole);

        var result = scenario.Execute(AssociationScripts.Update, recorded);

        result.AssertFailed();
        Assert.Contains("no 'previous-compute-role-arn:' line", result.Stderr, StringComparison.Ordinal);
        Assert.Empty(scenario.StandIn.AmplifyCalls);
        Assert.Equal(OtherRole, scenario.CurrentRole);
    }
}
