namespace Infra.Core.Tests.Association;

/// <summary>The guard every script run has: a CLI that ignores AWS_ENDPOINT_URL still reaches nothing.</summary>
public class ProxyGuardTests
{
    [SkippableFact]
    public void A_request_for_a_public_address_ends_at_the_closed_proxy()
    {
        Skip.IfNot(File.Exists(CliDirectory.DebianCli), $"{CliDirectory.DebianCli} is missing; .ci/debian-awscli installs it");
        using var standIn = new AmplifyStandIn(Scenario.Account);
        using var run = new ScriptRun(standIn, new Dictionary<string, string>());
        using var cli = CliDirectory.Linking(CliDirectory.DebianCli);
        run.PutFirstOnPath(cli.Path);

        // 2.9.19 sends this to sts.eu-west-1.amazonaws.com, whatever AWS_ENDPOINT_URL says.
        var result = run.Run("AWS_MAX_ATTEMPTS=1 aws sts get-caller-identity --region eu-west-1");

        result.AssertFailed();
        Assert.Contains($"Failed to connect to proxy URL: \"{run.Environment["HTTPS_PROXY"]}\"", result.Stderr, StringComparison.Ordinal);
        Assert.Empty(standIn.Requests);
    }
}
