using System.Diagnostics;
using Infra.Core.Association;

namespace Infra.Core.Tests.Association;

/// <summary>
/// Runs a script with /bin/sh -c in a controlled environment: nothing is
/// inherited but PATH, credentials are fake, the AWS CLI talks to the stand-in,
/// and <see cref="ProxyGuard"/> stops any request meant for elsewhere.
/// </summary>
internal sealed class ScriptRun : IDisposable
{
    public const string PulumiCommandStdout = "PULUMI_COMMAND_STDOUT";
    // Generous: on a shared 2-core machine under load (40 observed) a CLI start took 10 s or more.
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(180);
    internal static readonly string InheritedPath = System.Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin:/bin";

    public static bool AwsCliAvailable => File.Exists(WarmCli.Real);

    public ScriptRun(AmplifyStandIn standIn, IReadOnlyDictionary<string, string> variables)
    {
        WorkDirectory = Directory.CreateTempSubdirectory("acr-run-").FullName;
        Environment = new Dictionary<string, string>(variables)
        {
            ["PATH"] = DefaultPath,
            ["HOME"] = SharedHome.Value,
            ["AWS_ENDPOINT_URL"] = standIn.Endpoint.ToString().TrimEnd('/'),
            ["AWS_ACCESS_KEY_ID"] = "FAKEACCESSKEYFORTESTS",
            ["AWS_SECRET_ACCESS_KEY"] = "fake-secret-for-loopback-tests",
            ["AWS_CONFIG_FILE"] = Path.Combine(WorkDirectory, "no-config"),
            ["AWS_SHARED_CREDENTIALS_FILE"] = Path.Combine(WorkDirectory, "no-credentials"),
            [AssociationEnvironment.RetryDelays] = "0 0",
        };
        foreach (var (name, value) in ProxyGuard.Variables())
        {
            Environment[name] = value;
        }
    }

    /// <summary>
    /// Every run's HOME: an empty directory, so that no CLI finds the machine's ~/.aws; one for the
    /// test run, since the warm CLI's imports read it (<see cref="WarmCli"/>). The CLI's files are
    /// named apart, in <see cref="WorkDirectory"/>.
    /// </summary>
    internal static readonly Lazy<string> SharedHome = new(() =>
    {
        var home = Directory.CreateTempSubdirectory("acr-home-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(home, recursive: true);
        return home;
    });

    /// <summary>The script's working directory, a temporary one deleted on Dispose.</summary>
    public string WorkDirectory { get; }

    /// <summary>Exactly the script's environment; tests may change it before <see cref="Run"/>.</summary>
    public Dictionary<string, string> Environment { get; }

    /// <summary>Makes the script find the commands in <paramref name="directory"/> first, e.g. another aws.</summary>
    public void PutFirstOnPath(string directory) => Environment["PATH"] = $"{directory}:{DefaultPath}";

    // The first aws is the real one started warm, where it can be (WarmCli).
    private static string DefaultPath => WarmCli.For(WarmCli.Real) is var aws && aws != WarmCli.Real
        ? $"{Path.GetDirectoryName(aws)}:{InheritedPath}"
        : InheritedPath;

    public ScriptResult Run(string script)
    {
        var start = new ProcessStartInfo("/bin/sh")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = WorkDirectory,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);
        start.Environment.Clear();
        foreach (var (name, value) in Environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"script still running after {Timeout.TotalSeconds}s");
        }
        return new ScriptResult(process.ExitCode, stdout.Result, stderr.Result);
    }

    public void Dispose() => Directory.Delete(WorkDirectory, recursive: true);
}
