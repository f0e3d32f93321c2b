using System.Text.Json.Nodes;
using static Infra.Core.Tests.Association.Scenario;

namespace Infra.Core.Tests.Association;

/// <summary>
/// <see cref="WarmCli"/> against the CLI on PATH (AWS CLI v1 from pip here) started cold, both in
/// a script run's environment: the same exit code, output and requests for every kind of call the
/// scripts make.
/// </summary>
public class WarmCliTests
{
    private const string Query = $"--query branch.computeRoleArn --output text --region {Region}";
    private static readonly string Cli = WarmCli.Real;

    public static TheoryData<string> Calls() =>
    [
        "--version",
        "amplify update-branch --generate-cli-skeleton input",
        $"amplify get-branch --app-id {AppId} --branch-name main {Query}",
        $"amplify update-branch --app-id {AppId} --branch-name main --compute-role-arn {OurRole} {Query}", // refused
        $"sts get-caller-identity --query Account --output text --region {Region}",
    ];

    [SkippableTheory]
    [MemberData(nameof(Calls))]
    public void Answers_warm_as_it_does_cold(string call) => AssertSameAnswers(Cli, call);

    [SkippableFact]
    public void A_call_in_an_environment_the_imports_did_not_see_runs_cold()
    {
        Skip.IfNot(ScriptRun.AwsCliAvailable, "the aws CLI is not on PATH");
        SkipUnlessWarm(Cli);
        using var standIn = new AmplifyStandIn(Account);
        using var run = new ScriptRun(standIn, new Dictionary<string, string>());
        run.Environment["PYTHONWARNINGS"] = "ignore"; // the interpreter reads it as it starts

        var result = run.Run($"'{WarmCli.For(Cli)}' --version");

        result.AssertSucceeded();
        Assert.Equal(CliDirectory.VersionOf(Cli), result.Stdout.TrimEnd('\n'));
        Assert.Contains($"cold in {run.WorkDirectory}: PYTHONWARNINGS differs from the server's", WarmCli.Log(Cli));
    }

    internal static void AssertSameAnswers(string cli, string call)
    {
        Skip.IfNot(ScriptRun.AwsCliAvailable, "the aws CLI is not on PATH");
        SkipUnlessWarm(cli);
        var warm = WarmCli.For(cli);
        using var standIn = new AmplifyStandIn(Account);
        standIn.Set(AppId, "main", OtherRole);
        using var run = new ScriptRun(standIn, new Dictionary<string, string>());
        run.Environment["AWS_MAX_ATTEMPTS"] = "1"; // as the scripts set it: a refused connection is not retried

        var cold = Answer(run, standIn, cli, call);
        var hot = Answer(run, standIn, warm, call);

        Assert.Equal(cold, hot);
        Assert.Contains($"warm in {run.WorkDirectory}: {call}", WarmCli.Log(cli));
    }

    // AWS's own installer ships a binary, not a Python script: that CLI always runs cold.
    private static void SkipUnlessWarm(string cli) =>
        Skip.If(WarmCli.For(cli) == cli, $"{cli} is not a Python script: the script tests run it cold");

    // Exit code, stdout, stderr and the requests of one call; a POST is refused as a new role is.
    private static (int, string, string, string) Answer(ScriptRun run, AmplifyStandIn standIn, string cli, string call)
    {
        standIn.FailNext("POST", AwsError.BadRequest);
        var before = standIn.Requests.Count;
        var result = run.Run($"'{cli}' {call}");
        var requests = standIn.Requests.Skip(before).Select(r => $"{r.Method} {r.RawPath} {r.Body} {r.AccessKeyId} {r.SigningRegion}");
        var stdout = call.Contains("--generate-cli-skeleton", StringComparison.Ordinal) ? Keys(result.Stdout) : result.Stdout;
        return (result.ExitCode, stdout, result.Stderr, string.Join('\n', requests));
    }

    // A skeleton's keys: the CLI draws each enum's sample value at random, on every start.
    private static string Keys(string skeleton)
    {
        static IEnumerable<string> Paths(JsonNode? node, string prefix) => node is JsonObject o
            ? o.SelectMany(p => Paths(p.Value, $"{prefix}/{p.Key}").Prepend($"{prefix}/{p.Key}"))
            : [];
        return string.Join(' ', Paths(JsonNode.Parse(skeleton), ""));
    }
}
