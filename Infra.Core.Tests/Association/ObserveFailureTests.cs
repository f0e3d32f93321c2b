using Infra.Core.Association;
using Infra.Core.Drift;
using static Infra.Core.Tests.Association.CliDirectory;
using static Infra.Core.Tests.Association.Scenario;

namespace Infra.Core.Tests.Association;

/// <summary>
/// observe.sh when it cannot read: one 'unobservable:' line with the cause, exit 0 and nothing on
/// stderr (pulumi-command would show it as an error), and never a write.
/// </summary>
public class ObserveFailureTests
{
    [SkippableTheory]
    [InlineData("AccessDeniedException")]
    [InlineData("TooManyRequestsException")]
    public void A_refused_list_is_reported_with_its_code(string code)
    {
        using var observation = new ObservationRun();
        observation.StandIn.AddIamRole(ObservationRun.RoleName);
        observation.StandIn.Set(AppId, "main", OurRole);
        observation.Run.Environment[AssociationEnvironment.RetryDelays] = "0"; // a throttled list: two attempts, not three
        observation.StandIn.FailNext("GET", AwsError.ByCode(code), times: 2);

        var result = observation.Execute();

        result.AssertSucceeded();
        Assert.Empty(result.Stderr);
        observation.AssertReadsOnly();
        var failure = Observation.Parse(result.Stdout).Failure;
        Assert.NotNull(failure);
        Assert.Contains($"listing the branches of app {AppId} (aws amplify list-branches) failed after", failure, StringComparison.Ordinal);
        Assert.Contains($"({code})", failure, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Credentials_of_another_account_are_reported_before_any_Amplify_request()
    {
        using var observation = new ObservationRun(realAccountCheck: true);
        observation.Run.Environment[AssociationEnvironment.AccountId] = "999988887777";

        var result = observation.Execute();

        result.AssertSucceeded();
        Assert.Empty(observation.StandIn.AmplifyCalls);
        Assert.Contains("the AWS CLI's credentials are for account 111122223333", Observation.Parse(result.Stdout).Failure, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void An_old_CLI_is_refused_before_any_request()
    {
        Skip.IfNot(File.Exists(DebianCli), $"{DebianCli} is missing; .ci/debian-awscli installs it");
        using var observation = new ObservationRun();
        using var cli = Linking(WarmCli.For(DebianCli));
        observation.Run.PutFirstOnPath(cli.Path);

        var result = observation.Execute();

        result.AssertSucceeded();
        Assert.Empty(observation.StandIn.Requests);
        Assert.Empty(result.Stderr);
        Assert.Contains("is too old for Amplify compute roles: 'aws amplify update-branch' has no --compute-role-arn", Observation.Parse(result.Stdout).Failure, StringComparison.Ordinal);
    }
}
