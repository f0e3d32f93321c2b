using System.Diagnostics;

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
        File.WriteAllText(aws, $"#!/bin/sh\ncase \"$*\" in\n{string.Concat(cases)}esac\nexec '{RealCli}' \"$@\"\n");
        if (!OperatingSystem.IsWindows()) // where /bin/sh runs the scripts
        {
            File.SetUnixFileMode(aws, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        return directory;
    }

    private static string Ask(string[] arguments)
    {
        var start = new ProcessStartInfo(RealCli) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{RealCli} {string.Join(' ', arguments)}: exit {process.ExitCode}\n{stderr.Result}");
        return stdout.Result.EndsWith('\n') ? stdout.Result : stdout.Result + "\n";
    }
}
