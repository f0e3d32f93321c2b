using Infra.Core.Association;
using static Infra.Core.Tests.Association.Scenario;

namespace Infra.Core.Tests.Association;

/// <summary>The scripts' own retries; ScriptRun sets ACR_RETRY_DELAYS to "0 0", three attempts.</summary>
public class RetryTests
{
    [SkippableTheory]
    [InlineData("BadRequestException")] // a new role Amplify cannot assume yet
    [InlineData("TooManyRequestsException")]
    public void Update_is_retried_until_it_succeeds(string code)
    {
        using var scenario = Branch("main", role: null);
        scenario.StandIn.FailNext("POST", AwsError.ByCode(code));

        var result = scenario.Execute(AssociationScripts.Create);

        result.AssertSucceeded();
        var post = AmplifyCall.Post(scenario.Path, OurRole);
        Assert.Equal([AmplifyCall.Get(scenario.Path), post, post], scenario.StandIn.AmplifyCalls);
        Assert.Equal("previous-compute-role-arn: none", result.StdoutLines[0]);
        Assert.Contains($"attempt 1: {code}; retrying in 0s", result.Stderr, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Gives_up_after_one_attempt_per_delay_plus_one()
    {
        using var scenario = Branch("main", role: null);
        scenario.Run.Environment[AssociationEnvironment.RetryDelays] = "0 0 0";
        scenario.StandIn.FailNext("POST", AwsError.BadRequest, times: 10);

        var result = scenario.Execute(AssociationScripts.Create);

        result.AssertFailed();
        Assert.Equal(4, scenario.StandIn.AmplifyCalls.Count(c => c.Method == "POST"));
        Assert.Contains(AwsError.BadRequest.Message, result.Stderr, StringComparison.Ordinal);
        Assert.Contains("failed after 4 attempt(s) (BadRequestException)", result.Stderr, StringComparison.Ordinal);
        Assert.Empty(result.Stdout);
    }

    [SkippableTheory]
    [InlineData("NotFoundException")]
    [InlineData("UnauthorizedException")]
    [InlineData("AccessDeniedException")]
    public void Update_fails_at_once_on_other_errors(string code)
    {
        using var scenario = Branch("main", role: null);
        var error = AwsError.ByCode(code);
        scenario.StandIn.FailNext("POST", error);

        var result = scenario.Execute(AssociationScripts.Create);

        result.AssertFailed();
        Assert.Equal([AmplifyCall.Get(scenario.Path), AmplifyCall.Post(scenario.Path, OurRole)], scenario.StandIn.AmplifyCalls);
        Assert.Contains($"An error occurred ({code})", result.Stderr, StringComparison.Ordinal);
        Assert.Contains(error.Message, result.Stderr, StringComparison.Ordinal);
        Assert.Contains("failed after 1 attempt(s)", result.Stderr, StringComparison.Ordinal);
    }
}
