using static Infra.Core.Tests.Association.CliDirectory;

namespace Infra.Core.Tests.Association;

/// <summary>
/// Debian 12's AWS CLI 2.9.19 predates Amplify compute roles: every script stops
/// in the preflight, naming the CLI, and sends nothing.
/// </summary>
public class DebianCliTests
{
    public static TheoryData<string, string> Cases => ScriptCases.All();

    [SkippableTheory]
    [MemberData(nameof(Cases))]
    public void Stops_before_any_request_and_names_the_CLI(string action, string target)
    {
        Skip.IfNot(File.Exists(DebianCli), $"{DebianCli} is missing; .ci/debian-awscli installs it");
        using var scenario = ScriptCases.ScenarioFor(target, realPreflight: true); // its own CLI goes first
        using var cli = Linking(WarmCli.For(DebianCli));
        scenario.Run.PutFirstOnPath(cli.Path);

        var result = scenario.Execute(ScriptCases.Script(action), ScriptCases.Recorded);

        result.AssertFailed();
        Assert.Empty(scenario.StandIn.Requests);
        Assert.Empty(result.Stdout);
        var message = Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith(
            $"amplify compute role: the AWS CLI at {cli.Aws} ({VersionOf(DebianCli)}) is too old for Amplify compute roles: "
            + $"'aws amplify {ScriptCases.Operation(target)}' has no --compute-role-arn. ",
            message,
            StringComparison.Ordinal);
        Assert.Contains("The first releases with them are AWS CLI v2 2.24.6 and v1 1.37.22.", message, StringComparison.Ordinal);
        Assert.Contains("Install or upgrade: v2 from https://docs.aws.amazon.com/cli/", message, StringComparison.Ordinal);
    }
}
