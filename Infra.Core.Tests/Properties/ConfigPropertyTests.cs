using CsCheck;
using Infra.Core.Grants;
using Infra.Core.Planning;
using Infra.Core.Settings;

namespace Infra.Core.Tests.Properties;

/// <summary>
/// Generated configs: a plan with its promises, or a <see cref="ConfigException"/> naming real key
/// paths; never another exception. Fixed seeds and counts keep CI time and cases the same on every
/// run (<see cref="PropertyRun"/>); a failure prints the seed and the shrunk config, which then
/// becomes an ordinary regression test.
/// </summary>
public class ConfigPropertyTests
{
    [Fact]
    public void Every_grant_kind_has_a_generator() =>
        Assert.Equal(GrantKinds.All.Select(k => k.Name).Order(), AccessGen.Kinds.Keys.Order());

    // Only the size of the policies can refuse a config built from the grammar (many grants, a low limit).
    [Fact]
    public void Valid_configs_plan_and_keep_every_promise()
    {
        var count = PropertyRun.Count(400);
        var planned = 0;
        PropertyRun.Check(ConfigGen.Valid, config =>
        {
            try
            {
                PlanInvariants.Hold(Plan(config), config.GetValueOrDefault($"{ConfigGen.P}:access"));
                Interlocked.Increment(ref planned);
            }
            catch (ConfigException e)
            {
                Assert.All(e.Problems, p => Assert.Contains("over IAM's limit", p.Fix, StringComparison.Ordinal));
            }
        }, count, Show);
        Assert.InRange(planned, count * 3 / 4, count);
    }

    [Fact]
    public void Broken_configs_plan_or_name_real_key_paths_and_nothing_else_escapes() =>
        PropertyRun.Check(Mutations.Broken, config =>
        {
            try
            {
                PlanInvariants.Hold(Plan(config), config.GetValueOrDefault($"{ConfigGen.P}:access"));
            }
            catch (ConfigException e)
            {
                Assert.NotEmpty(e.Problems);
                Assert.All(e.Problems, p => Assert.True(KeyPaths.Resolves(p, config), $"not a real key path: {p.Key}"));
            }
        }, PropertyRun.Count(2000), Show);

    private static StackPlan Plan(Dictionary<string, string> config) =>
        StackPlan.From(new RawConfig(ConfigGen.P, "prop", config));

    private static string Show(Dictionary<string, string> config) =>
        string.Join("\n", config.Select(kv => $"{kv.Key} = {System.Text.Json.JsonSerializer.Serialize(kv.Value)}"));
}
