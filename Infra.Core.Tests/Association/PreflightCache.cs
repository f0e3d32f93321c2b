namespace Infra.Core.Tests.Association;

/// <summary>
/// An aws for the front of PATH that answers the preflight's offline skeletons with what the real
/// CLI prints for them (asked once per test run) and hands every other call to that real CLI. The
/// tests of what the scripts do after the preflight use it: each script run then starts the CLI
/// once less. <see cref="PreflightTests"/>, and the tests of other CLIs, run the preflight for real.
/// </summary>
internal static class PreflightCache
{
    private static readonly string[] Operations = ["update-branch", "update-app"];

    private static readonly Lazy<string> Shim = new(Create);

    /// <summary>The directory holding the aws shim; created on first use, deleted when the test run ends.</summary>
    public static string Directory => Shim.Value;

    // The real CLI, started warm.
    private static string RealCli => WarmCli.For(WarmCli.Real);

    private static string Create()
    {
        var directory = System.IO.Directory.CreateTempSubdirectory("acr-preflight-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => System.IO.Directory.Delete(directory, recursive: true);
        var cases = Operations.Select(op =>
            $"  'amplify {op} --generate-cli-skeleton input') cat <<'SKELETON'\n{Ask(["amplify", op, "--generate-cli-skeleton", "input"])}SKELETON\n    exit 0 ;;\n");
        var aws = Path.Combine(directory, "aws");
        CliDirectory.WriteShim(aws, $"case \"$*\" in\n{string.Concat(cases)}esac\nexec '{RealCli}' \"$@\"\n");
        return directory;
    }

    // In a script run's environment, as the scripts ask it.
    private static string Ask(string[] arguments)
    {
        using var standIn = new AmplifyStandIn(Scenario.Account);
        using var run = new ScriptRun(standIn, new Dictionary<string, string>());
        var result = run.Run($"aws {string.Join(' ', arguments)}");
        result.AssertSucceeded();
        return result.Stdout.EndsWith('\n') ? result.Stdout : result.Stdout + "\n";
    }
}
