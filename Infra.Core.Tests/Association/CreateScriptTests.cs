using Infra.Core.Association;
using static Infra.Core.Tests.Association.Scenario;

namespace Infra.Core.Tests.Association;

public class CreateScriptTests
{
    private const string Subject = $"branch 'main' of app {AppId}";

    [SkippableFact]
    public void Branch_without_role_gets_ours_and_records_none()
    {
        var (scenario, result) = CreateWithoutRole();

        result.AssertSucceeded();
        Assert.Equal(
            [AmplifyCall.Get($"/apps/{AppId}/branches/main"), AmplifyCall.Post($"/apps/{AppId}/branches/main", OurRole)],
            scenario.StandIn.AmplifyCalls);
        Assert.Equal(
            ["previous-compute-role-arn: none", $"compute role of {Subject}: set to {OurRole} (previous: none)"],
            result.StdoutLines);
        Assert.Equal(OurRole, scenario.CurrentRole);
    }

    [SkippableFact]
    public void Branch_with_another_role_gets_ours_and_records_that_role()
    {
        using var scenario = Branch("main", OtherRole);

        var result = scenario.Execute(AssociationScripts.Create);

        result.AssertSucceeded();
        Assert.Equal([AmplifyCall.Get(scenario.Path), AmplifyCall.Post(scenario.Path, OurRole)], scenario.StandIn.AmplifyCalls);
        Assert.Equal($"previous-compute-role-arn: {OtherRole}", result.StdoutLines[0]);
        Assert.Equal(OurRole, scenario.CurrentRole);
    }

    [SkippableFact]
    public void Branch_already_with_our_role_records_none()
    {
        using var scenario = Branch("main", OurRole);

        var result = scenario.Execute(AssociationScripts.Create);

        result.AssertSucceeded();
        Assert.Equal([AmplifyCall.Get(scenario.Path), AmplifyCall.Post(scenario.Path, OurRole)], scenario.StandIn.AmplifyCalls);
        Assert.Equal("previous-compute-role-arn: none", result.StdoutLines[0]);
    }

    [SkippableFact]
    public void Branch_name_with_slash_is_sent_encoded_as_one_path_segment()
    {
        using var scenario = Branch("feature/login", OtherRole);

        var result = scenario.Execute(AssociationScripts.Create);

        result.AssertSucceeded();
        const string path = $"/apps/{AppId}/branches/feature%2Flogin";
        Assert.Equal([AmplifyCall.Get(path), AmplifyCall.Post(path, OurRole)], scenario.StandIn.AmplifyCalls);
        Assert.Equal(
            [$"previous-compute-role-arn: {OtherRole}",
             $"compute role of branch 'feature/login' of app {AppId}: set to {OurRole} (previous: {OtherRole})"],
            result.StdoutLines);
    }

    [SkippableFact]
    public void Every_call_is_signed_for_the_stack_region_with_the_given_credentials()
    {
        var (scenario, result) = CreateWithoutRole();

        result.AssertSucceeded();
        Assert.Equal(3, scenario.StandIn.Requests.Count);
        Assert.All(scenario.StandIn.Requests, r => Assert.Equal((Region, "FAKEACCESSKEYFORTESTS"), (r.SigningRegion, r.AccessKeyId)));
    }

    [SkippableFact]
    public void Hostile_branch_name_is_passed_verbatim_never_run()
    {
        using var scenario = Branch("x$(touch pwned)';`touch pwned2`", role: null);

        var result = scenario.Execute(AssociationScripts.Create);

        result.AssertSucceeded();
        const string path = $"/apps/{AppId}/branches/x%24%28touch%20pwned%29%27%3B%60touch%20pwned2%60";
        Assert.Equal([AmplifyCall.Get(path), AmplifyCall.Post(path, OurRole)], scenario.StandIn.AmplifyCalls);
        Assert.Empty(Directory.GetFiles(scenario.Run.WorkDirectory, "pwned*"));
    }

    // The scenario of the first test and of the signing test: one run, asserted by both. The signing
    // test counts every request, so the account check runs the real CLI.
    private static SharedRun CreateWithoutRole() => SharedRun.Of(
        "create, branch main without a role",
        () => Branch("main", role: null, realAccountCheck: true),
        scenario => scenario.Execute(AssociationScripts.Create));
}
