using Infra.Core.Association;

namespace Infra.Core.Tests.Association;

/// <summary>The preflight with stand-ins for the CLI: one without compute roles, a failing one, none.</summary>
public class FakeCliTests
{
    private const string Version = "aws-cli/1.16.0 Python/2.7.18 fake";
    private const string Minimum = "The first releases with them are AWS CLI v2 2.24.6 and v1 1.37.22.";

    [Theory]
    [InlineData(AssociationEnvironment.BranchTarget)]
    [InlineData(AssociationEnvironment.AppTarget)]
    public void Skeleton_without_computeRoleArn_is_too_old(string target)
    {
        using var cli = CliDirectory.Fake($$"""
            [ "$1" = --version ] && { echo '{{Version}}'; exit 0; }
            printf '{\n    "appId": "",\n    "branchName": ""\n}\n'
            """);

        var (result, requests) = Run(target, run => run.PutFirstOnPath(cli.Path));

        result.AssertFailed();
        Assert.Contains(
            $"the AWS CLI at {cli.Aws} ({Version}) is too old for Amplify compute roles: "
            + $"'aws amplify {ScriptCases.Operation(target)}' has no --compute-role-arn. {Minimum}",
            result.Stderr,
            StringComparison.Ordinal);
        Assert.Empty(requests);
    }

    [Fact]
    public void Failing_skeleton_passes_on_the_CLI_message()
    {
        using var cli = CliDirectory.Fake($$"""
            [ "$1" = --version ] && { echo '{{Version}}'; exit 0; }
            echo 'The config profile (nope) could not be found' >&2
            exit 255
            """);

        var (result, requests) = Run(AssociationEnvironment.BranchTarget, run => run.PutFirstOnPath(cli.Path));

        result.AssertFailed();
        Assert.StartsWith("The config profile (nope) could not be found\n", result.Stderr, StringComparison.Ordinal);
        Assert.Contains(
            $"the AWS CLI at {cli.Aws} ({Version}) could not show whether it knows Amplify compute roles: "
            + $"'aws amplify update-branch --generate-cli-skeleton input' failed (its message is above). {Minimum}",
            result.Stderr,
            StringComparison.Ordinal);
        Assert.Empty(requests);
    }

    [Fact]
    public void Missing_aws_is_named()
    {
        using var tools = CliDirectory.WithoutAws();

        var (result, requests) = Run(AssociationEnvironment.AppTarget, run => run.Environment["PATH"] = tools.Path);

        result.AssertFailed();
        Assert.Contains($"amplify compute role: no aws command on PATH: the association runs the AWS CLI, which must know "
            + $"Amplify compute roles. {Minimum}", result.Stderr, StringComparison.Ordinal);
        Assert.Empty(requests);
    }

    private static (ScriptResult Result, IReadOnlyList<RecordedRequest> Requests) Run(string target, Action<ScriptRun> arrange)
    {
        var branch = target == AssociationEnvironment.AppTarget ? null : "main";
        using var standIn = new AmplifyStandIn(Scenario.Account);
        using var run = new ScriptRun(standIn, AssociationEnvironment.For(
            new AssociationTarget(Scenario.AppId, branch), Scenario.Region, null, Scenario.Account, Scenario.OurRole));
        arrange(run);
        return (run.Run(AssociationScripts.Create), standIn.Requests);
    }
}
