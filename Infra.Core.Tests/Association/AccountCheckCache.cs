namespace Infra.Core.Tests.Association;

/// <summary>
/// An aws for the front of PATH that answers the scripts' account check with what the real CLI
/// prints for it against a stand-in (asked once per test run) and hands every other call to
/// <see cref="PreflightCache"/>. The tests of what the scripts do after the account check use it:
/// each script run then starts the CLI once less. The tests of the account check itself, and of
/// which requests a run sends, run it for real (the preflight and account-check tests, signing,
/// AWS_PROFILE, the observation's request count).
/// </summary>
internal static class AccountCheckCache
{
    // Exactly as acr_check_account calls it ("$*"); any other call, e.g. another region, goes on to the real CLI.
    private const string Invocation = $"sts get-caller-identity --query Account --output text --region {Scenario.Region}";

    private static readonly Lazy<string> Shim = new(Create);

    /// <summary>The directory holding the aws shim; created on first use, deleted when the test run ends.</summary>
    public static string Directory => Shim.Value;

    private static string Create()
    {
        var answer = Ask();
        var directory = System.IO.Directory.CreateTempSubdirectory("acr-account-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => System.IO.Directory.Delete(directory, recursive: true);
        var aws = Path.Combine(directory, "aws");
        var next = Path.Combine(PreflightCache.Directory, "aws");
        CliDirectory.WriteShim(aws, $"[ \"$*\" != '{Invocation}' ] || {{ echo '{answer}'; exit 0; }}\nexec '{next}' \"$@\"\n");
        return directory;
    }

    // The real CLI against a stand-in of the account every scenario's stand-in has.
    private static string Ask()
    {
        using var standIn = new AmplifyStandIn(Scenario.Account);
        using var run = new ScriptRun(standIn, new Dictionary<string, string>());
        var result = run.Run($"aws {Invocation}");
        result.AssertSucceeded();
        var answer = result.Stdout.TrimEnd('\n');
        Assert.Equal(Scenario.Account, answer);
        return answer;
    }
}
