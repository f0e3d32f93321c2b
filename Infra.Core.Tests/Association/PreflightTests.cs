using Infra.Core.Association;

namespace Infra.Core.Tests.Association;

/// <summary>
/// The preflight with the CLI on PATH, which knows compute roles (the pip-installed
/// v1 here): it passes without a request, so the account check is the first call.
/// </summary>
public class PreflightTests
{
    public static TheoryData<string, string> Cases => ScriptCases.All();

    [SkippableTheory]
    [MemberData(nameof(Cases))]
    public void Passes_and_the_first_request_is_the_account_check(string action, string target)
    {
        var (scenario, result) = ScriptCases.OtherAccount(action, target); // stops right after it

        result.AssertFailed();
        Assert.Contains("but this stack deploys to account 999988887777", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("compute roles", result.Stderr, StringComparison.Ordinal);
        var only = Assert.Single(scenario.StandIn.Requests);
        Assert.Contains("Action=GetCallerIdentity", only.Body, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Needs_no_network()
    {
        using var scenario = Scenario.Branch("main", Scenario.OurRole, realPreflight: true);
        scenario.Run.Environment["AWS_ENDPOINT_URL"] = $"http://127.0.0.1:{LoopbackPort.Unused()}"; // nothing answers

        var result = scenario.Execute(AssociationScripts.Create);

        result.AssertFailed();
        Assert.Contains("checking the AWS CLI's account (aws sts get-caller-identity) failed", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("compute roles", result.Stderr, StringComparison.Ordinal);
        Assert.Empty(scenario.StandIn.Requests);
    }
}
