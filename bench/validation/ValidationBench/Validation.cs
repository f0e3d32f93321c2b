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
        grants: ["""{"table":"orders","access":"read"}"""]);

    // Spread over four kinds; far more than fits in the policies, so planning ends in the overflow error.
    private static readonly RawConfig ManyGrants = Config(
        branches: ["\"main\""],
        grants: Enumerable.Range(0, 10_000).Select(i => $$"""{"table":"acme-shop-table-{{i:00000}}","access":"{{(i % 2 == 0 ? "read" : "readWrite")}}"}"""));

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

    private static RawConfig Config(IEnumerable<string> branches, IEnumerable<string> grants) =>
        new(Project, "bench", new Dictionary<string, string>
        {
            ["aws:region"] = "eu-west-1",
            [$"{Project}:appId"] = "d1a2b3c4d5e6f7",
            [$"{Project}:branches"] = $"[{string.Join(",", branches)}]",
            [$"{Project}:access"] = $$"""{"dynamodb":[{{string.Join(",", grants)}}]}""",
        });
}
