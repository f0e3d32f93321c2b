using System.Collections.Concurrent;
using System.Diagnostics;

namespace Infra.Core.Tests.Association;

/// <summary>
/// The real AWS CLI, started warm: most of a start's CPU is Python importing the CLI, so
/// warm_aws.py imports it once per test run and forks a process per call that runs the CLI's own
/// entry script from there, with the call's arguments, environment and standard streams. A call
/// whose environment would change what the interpreter or those imports did runs the CLI cold
/// instead. <see cref="WarmCliTests"/> holds the two to the same output and requests.
/// </summary>
internal static class WarmCli
{
    private static readonly ConcurrentDictionary<string, Lazy<Server?>> Servers = new();

    /// <summary>The first aws on the test run's PATH.</summary>
    public static readonly string Real = ScriptRun.InheritedPath.Split(':')
        .Where(dir => dir.Length > 0).Select(dir => Path.Combine(dir, "aws")).FirstOrDefault(File.Exists) ?? "aws";

    /// <summary>An aws that runs <paramref name="cli"/> warm; <paramref name="cli"/> itself if it is not a Python script.</summary>
    public static string For(string cli) => Of(cli)?.Shim ?? cli;

    /// <summary>What the server of <paramref name="cli"/> did with each call: "warm in CWD: ARGS" or "cold in CWD: why".</summary>
    public static IReadOnlyList<string> Log(string cli) =>
        Of(cli) is { } server && File.Exists(server.LogFile) ? File.ReadAllLines(server.LogFile) : [];

    private static Server? Of(string cli) => Servers.GetOrAdd(cli, c => new Lazy<Server?>(() => Server.Start(c))).Value;

    private sealed record Server(string Shim, string LogFile)
    {
        public static Server? Start(string cli)
        {
            var python = File.Exists(cli) ? Interpreter(cli) : null;
            if (python is null)
            {
                return null;
            }
            var directory = Directory.CreateTempSubdirectory("acr-warm-").FullName;
            var (socket, log, script) = (Path.Combine(directory, "s"), Path.Combine(directory, "log"), ScriptPath);
            var start = new ProcessStartInfo(python)
            {
                RedirectStandardInput = true, // closed when the test run ends: the server then stops
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[] { script, "serve", socket, cli, log })
            {
                start.ArgumentList.Add(argument);
            }
            start.Environment.Clear();
            start.Environment["PATH"] = ScriptRun.InheritedPath;
            start.Environment["HOME"] = ScriptRun.SharedHome.Value; // as the script runs have it
            start.Environment["WARM_AWS_LC_CTYPE"] = ""; // as the shim passes it: LC_CTYPE unset
            var process = Process.Start(start)!;
            var ready = process.StandardOutput.ReadLineAsync();
            if (!ready.Wait(TimeSpan.FromSeconds(120)) || ready.Result != "ready")
            {
                process.Kill();
                Assert.Fail($"warm_aws.py serve {cli} did not start: {process.StandardError.ReadToEnd()}");
            }
            AppDomain.CurrentDomain.ProcessExit += (_, _) =>
            {
                process.Kill(entireProcessTree: true);
                Directory.Delete(directory, recursive: true);
            };
            var shim = Path.Combine(directory, "aws");
            CliDirectory.WriteShim(shim, "WARM_AWS_LC_CTYPE=${LC_CTYPE+=$LC_CTYPE}\nexport WARM_AWS_LC_CTYPE\n"
                + $"exec '{python}' -SE '{script}' call '{socket}' '{cli}' '{log}' \"$@\"\n");
            return new Server(shim, log);
        }

        private static string ScriptPath => Path.Combine(AppContext.BaseDirectory, "warm_aws.py");

        // "#!/path/to/python3.11" as pip and Debian write it; anything else runs cold.
        private static string? Interpreter(string cli)
        {
            using var reader = new StreamReader(cli);
            var line = reader.ReadLine() ?? "";
            var python = line.StartsWith("#!", StringComparison.Ordinal) ? line[2..].Trim() : "";
            return Path.GetFileName(python).StartsWith("python", StringComparison.Ordinal) && File.Exists(python) ? python : null;
        }
    }
}
