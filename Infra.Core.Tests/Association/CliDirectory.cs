using System.Diagnostics;

namespace Infra.Core.Tests.Association;

/// <summary>
/// A temporary directory for the front of a script's PATH (<see cref="ScriptRun.PutFirstOnPath"/>),
/// so the script runs the aws it holds instead of the one on the inherited PATH.
/// </summary>
internal sealed class CliDirectory : IDisposable
{
    /// <summary>Debian 12's awscli package: AWS CLI 2.9.19, installed by .ci/debian-awscli.</summary>
    public const string DebianCli = "/usr/bin/aws";

    private static readonly string[] PreludeTools = ["mktemp", "rm", "cat", "sed", "head"];
    private static readonly string[] ToolDirectories = ["/usr/bin", "/bin"];

    private CliDirectory() => Path = Directory.CreateTempSubdirectory("acr-cli-").FullName;

    public string Path { get; }

    /// <summary>The aws in this directory, as the script's `command -v aws` names it.</summary>
    public string Aws => System.IO.Path.Combine(Path, "aws");

    /// <summary>aws is a symlink to a real CLI.</summary>
    public static CliDirectory Linking(string cli)
    {
        var directory = new CliDirectory();
        File.CreateSymbolicLink(directory.Aws, cli);
        return directory;
    }

    /// <summary>aws is a tiny sh script with this body.</summary>
    public static CliDirectory Fake(string body)
    {
        var directory = new CliDirectory();
        WriteShim(directory.Aws, body);
        return directory;
    }

    /// <summary>Writes an executable /bin/sh script with this body: every aws the tests put on PATH.</summary>
    public static void WriteShim(string path, string body)
    {
        File.WriteAllText(path, "#!/bin/sh\n" + body);
        if (!OperatingSystem.IsWindows()) // where /bin/sh runs the scripts
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    /// <summary>No aws, only the tools the prelude runs: to be the whole PATH.</summary>
    public static CliDirectory WithoutAws()
    {
        var directory = new CliDirectory();
        foreach (var tool in PreludeTools)
        {
            var target = ToolDirectories.Select(d => System.IO.Path.Combine(d, tool)).First(File.Exists);
            File.CreateSymbolicLink(System.IO.Path.Combine(directory.Path, tool), target);
        }
        return directory;
    }

    /// <summary>The first line `cli --version` prints, as the preflight quotes it; asked once per CLI.</summary>
    public static string VersionOf(string cli) => Versions.GetOrAdd(cli, Ask);

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Versions = new();

    private static string Ask(string cli)
    {
        var start = new ProcessStartInfo(cli, "--version") { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        return output.Split('\n')[0];
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
