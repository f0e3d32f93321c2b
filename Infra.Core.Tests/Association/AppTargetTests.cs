using Infra.Core.Association;
using static Infra.Core.Tests.Association.Scenario;

namespace Infra.Core.Tests.Association;

/// <summary>ACR_TARGET=app: get-app/update-app on /apps/{appId}.</summary>
public class AppTargetTests
{
    private const string AppPath = $"/apps/{AppId}";

    [SkippableFact]
    public void Create_sets_the_app_role()
    {
        using var scenario = App(OtherRole);

        var result = scenario.Execute(AssociationScripts.Create);

        result.AssertSucceeded();
        Assert.Equal([AmplifyCall.Get(AppPath), AmplifyCall.Post(AppPath, OurRole)], scenario.StandIn.AmplifyCalls);
        Assert.Equal(
            [$"previous-compute-role-arn: {OtherRole}", $"compute role of app {AppId}: set to {OurRole} (previous: {OtherRole})"],
            result.StdoutLines);
    }

    [SkippableFact]
    public void Delete_restores_the_app_role()
    {
        using var scenario = App(OurRole);

        var result = scenario.Execute(AssociationScripts.Delete, $"previous-compute-role-arn: {OtherRole}\n");

        result.AssertSucceeded();
        Assert.Equal([AmplifyCall.Get(AppPath), AmplifyCall.Post(AppPath, OtherRole)], scenario.StandIn.AmplifyCalls);
        Assert.Equal(OtherRole, scenario.CurrentRole);
    }

    [SkippableFact]
    public void Delete_succeeds_when_the_app_is_gone()
    {
        using var scenario = App(OurRole);
        scenario.StandIn.Remove(AppId, null);

        var result = scenario.Execute(AssociationScripts.Delete, "previous-compute-role-arn: none\n");

        result.AssertSucceeded();
        Assert.Equal([AmplifyCall.Get(AppPath)], scenario.StandIn.AmplifyCalls);
        Assert.Equal([$"app {AppId} no longer exists: nothing to restore"], result.StdoutLines);
    }
}
