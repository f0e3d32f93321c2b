using System.Text.Json;
using Infra.Core.Association;
using Infra.Core.Planning;
using Infra.Core.Tests.Support;
using Infra.Tests.Support;

namespace Infra.Tests;

/// <summary>Drifted preview, then the up that repairs, then the next preview: nothing left to change.</summary>
[Collection(SharedPulumiConfig.Name)]
public class RepairTests
{
    private const string OtherRole = "arn:aws:iam::123456789012:role/someone-elses";

    [Fact]
    public async Task The_preview_after_a_repair_has_the_up_s_outputs_and_inputs()
    {
        var config = StackFiles.FromYaml("edge", EdgeStacks.AppAndSlashedBranch);
        var plan = StackPlan.From(config);
        var deployed = await (await StackRun.Up(config)).StackOutputs();
        var drifted = new Dictionary<string, string?> { ["main"] = OtherRole };

        var preview = await StackRun.Preview(config, new AwsMocks { Observe = Observations.With(plan, drifted), PreviousOutputs = deployed });
        var up = await StackRun.Up(config, new AwsMocks { Observe = Observations.With(plan, drifted), PreviousOutputs = deployed });
        var upOutputs = await up.StackOutputs();
        // The repair's UpdateBranch gave main our role and a new updateTime.
        var next = await StackRun.Preview(config, new AwsMocks
        {
            Observe = Observations.With(plan, new Dictionary<string, string?>(), "2026-12-02T11:00:00+00:00"),
            PreviousOutputs = upOutputs,
        });

        Assert.Equal("""{"main":"arn:aws:iam::123456789012:role/someone-elses"}""", Json((await preview.StackOutputs())["drift"]));
        Assert.Equal("{}", Json(upOutputs["drift"]));
        Assert.Equal(Json(upOutputs), Json(await next.StackOutputs()));
        Assert.Contains(AssociationEnvironment.Drift, Command(up, "main").InputMap("environment").Keys);
        Assert.Equal(Inputs(up, up), Inputs(next, up));
    }

    private static string Json(object value) => JsonSerializer.Serialize(value);

    private static RecordedResource Command(StackRun run, string name) =>
        run.Commands.Single(c => c.InputMap("environment").GetValueOrDefault(AssociationEnvironment.Branch) == name);

    /// <summary>Each association's inputs as the engine diffs them: an ignored path keeps its stored value.</summary>
    private static List<string> Inputs(StackRun run, StackRun stored) =>
        [.. run.Commands.Select(c =>
        {
            var environment = c.InputMap("environment").ToDictionary();
            var ignored = BranchAssociation.IgnoredPaths(environment.GetValueOrDefault(AssociationEnvironment.Drift));
            var kept = stored.Commands.Single(s => s.Name == c.Name).InputMap("environment");
            if (ignored.Contains(BranchAssociation.DriftTokenPath) && kept.TryGetValue(AssociationEnvironment.Drift, out var token))
            {
                environment[AssociationEnvironment.Drift] = token;
            }
            return c.Name + Json(environment.OrderBy(kv => kv.Key, StringComparer.Ordinal)) + string.Join(",", c.InputList("triggers"))
                + c.Input("create") + c.Input("update") + c.Input("delete");
        }).Order(StringComparer.Ordinal)];
}
