using Infra.Core.Planning;
using Infra.Core.Settings;

namespace PackingBench;

/// <summary>
/// The reference grant: a DynamoDB table by a 24-character name, readWrite, in eu-west-1, as a
/// real stack config would hold it (the bench/packing/cdk.js script builds the same tables).
/// </summary>
public static class ReferenceShape
{
    private const string Project = "amplify-compute-role";

    public static string Table(int i) => $"acme-shop-prod-table-{i:0000}";

    public static IReadOnlyList<string> Tables(int count) => [.. Enumerable.Range(0, count).Select(Table)];

    public static RawConfig Config(IEnumerable<string> tables, int managedPolicyLimit)
    {
        var entries = tables.Select(t => $$"""{"table":"{{t}}","access":"readWrite"}""");
        return new RawConfig(Project, "bench", new Dictionary<string, string>
        {
            ["aws:region"] = "eu-west-1",
            [$"{Project}:appId"] = "d1a2b3c4d5e6f7",
            [$"{Project}:branches"] = """["main"]""",
            [$"{Project}:access"] = $$"""{"dynamodb":[{{string.Join(",", entries)}}]}""",
            [$"{Project}:managedPolicyLimit"] = $"{managedPolicyLimit}",
        });
    }

    /// <summary>The plan, or null when a policy overflows (or the config is otherwise refused).</summary>
    public static StackPlan? Plan(IEnumerable<string> tables, int managedPolicyLimit)
    {
        try
        {
            return StackPlan.From(Config(tables, managedPolicyLimit));
        }
        catch (ConfigException)
        {
            return null;
        }
    }
}
