using System.Diagnostics.CodeAnalysis;
using BenchmarkDotNet.Attributes;
using Infra.Core.Planning;
using Infra.Core.Settings;

namespace ValidationBench;

/// <summary>How long parsing and validating a large stack config takes, from raw strings to settings or the error.</summary>
[ShortRunJob]
[MemoryDiagnoser]
[SuppressMessage("Performance", "CA1822", Justification = "BenchmarkDotNet runs instance methods.")]
public class Validation
{
    private const string Project = "amplify-compute-role";

    private static readonly RawConfig ManyBranches = Config(
        branches: Enumerable.Range(0, 100_000).Select(i => $"\"feature/branch-{i}\""),
        grants: """ "dynamodb":[{"table":"orders","access":"read"}] """);

    // Four kinds, 2,500 each; far more than fits in the policies, so planning ends in the overflow error.
    private static readonly RawConfig ManyGrants = Config(
        branches: ["\"main\""],
        grants: $$"""
            "dynamodb":[{{List(i => $$"""{"table":"acme-shop-table-{{i:00000}}","access":"readWrite"}""")}}],
            "sqs":[{{List(i => $$"""{"queue":"acme-shop-queue-{{i:00000}}","access":"send"}""")}}],
            "secretsmanager":[{{List(i => $$"""{"secret":"acme-shop/secret-{{i:00000}}"}""")}}],
            "lambda":[{{List(i => $$"""{"function":"acme-shop-fn-{{i:00000}}"}""")}}]
            """);

    [Benchmark(Description = "100,000 branches: parse and validate")]
    public StackSettings Branches() => StackSettingsParser.Parse(ManyBranches);

    [Benchmark(Description = "10,000 grants: parse and validate")]
    public StackSettings Grants() => StackSettingsParser.Parse(ManyGrants);

    [Benchmark(Description = "10,000 grants: plan, to the overflow error")]
    public int GrantsPlanned()
    {
        try
        {
            return StackPlan.From(ManyGrants).Slots.Count;
        }
        catch (ConfigException e)
        {
            return e.Problems.Count;
        }
    }

    private static string List(Func<int, string> entry) => string.Join(",", Enumerable.Range(0, 2_500).Select(entry));

    private static RawConfig Config(IEnumerable<string> branches, string grants) =>
        new(Project, "bench", new Dictionary<string, string>
        {
            ["aws:region"] = "eu-west-1",
            [$"{Project}:appId"] = "d1a2b3c4d5e6f7",
            [$"{Project}:branches"] = $"[{string.Join(",", branches)}]",
            [$"{Project}:access"] = $"{{{grants}}}",
        });
}
