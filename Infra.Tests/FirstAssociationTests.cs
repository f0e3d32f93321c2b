using System.Collections.Immutable;
using Infra.Core.Association;
using Infra.Core.Planning;
using Infra.Core.Tests.Support;
using Infra.Tests.Support;
using Pulumi.Utilities;

namespace Infra.Tests;

/// <summary>A target new to an existing stack: the role it has then is not drift (the stack reads its last up's associations).</summary>
[Collection(SharedPulumiConfig.Name)]
public class FirstAssociationTests
{
    private const string App = "d1a2b3c4d5e6f7";
    private const string OtherRole = "arn:aws:iam::123456789012:role/someone-elses";

    [Theory]
    [InlineData("warn")]
    [InlineData("fail")]
    public async Task A_branch_new_to_the_stack_is_not_drift_and_an_associated_one_still_is(string driftCheck)
    {
        var config = Stack(driftCheck);
        var found = new Dictionary<string, string?> { ["feature/login"] = OtherRole, ["main"] = null };
        var mocks = new AwsMocks { Observe = Observations.With(StackPlan.From(config), found), PreviousOutputs = Associated($"{App}/main", App) };

        if (driftCheck == "fail")
        {
            var failure = await Assert.ThrowsAsync<Pulumi.RunException>(() => StackRun.Preview(config, mocks));
            Assert.Contains("branch 'main'", failure.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("feature/login", failure.Message, StringComparison.Ordinal);
            return;
        }
        var run = await StackRun.Preview(config, mocks);

        Assert.Equal(new Dictionary<string, string> { ["main"] = "none" }, await OutputUtilities.GetValueAsync(run.Stack.Drift));
        var login = run.Commands.Single(c => c.InputMap("environment").GetValueOrDefault(AssociationEnvironment.Branch) == "feature/login");
        Assert.DoesNotContain(AssociationEnvironment.Drift, login.InputMap("environment").Keys);
    }

    [Fact]
    public async Task A_new_branch_alone_passes_driftCheck_fail()
    {
        var config = Stack("fail");
        var mocks = new AwsMocks
        {
            Observe = Observations.With(StackPlan.From(config), new Dictionary<string, string?> { ["feature/login"] = OtherRole }),
            PreviousOutputs = Associated($"{App}/main", App),
        };

        var run = await StackRun.Preview(config, mocks);

        Assert.Empty(await OutputUtilities.GetValueAsync(run.Stack.Drift));
    }

    [Fact]
    public async Task The_stack_reads_its_own_last_outputs_and_records_every_target()
    {
        var run = await StackRun.Up(Stack("warn"));

        var self = Assert.Single(run.OfType(StackRun.StackReferenceType));
        Assert.Equal($"organization/{run.Config.Project}/edge", self.Input("name"));
        Assert.Equal<string>([$"{App}/feature/login", $"{App}/main", App], await OutputUtilities.GetValueAsync(run.Stack.Associations));
    }

    [Fact]
    public async Task A_reference_that_answers_no_outputs_counts_every_target_as_associated()
    {
        var config = Stack("warn");
        var mocks = new AwsMocks
        {
            Observe = Observations.With(StackPlan.From(config), new Dictionary<string, string?> { ["feature/login"] = OtherRole }),
            PreviousOutputs = null,
        };

        var run = await StackRun.Preview(config, mocks);

        Assert.Equal(new Dictionary<string, string> { ["feature/login"] = OtherRole }, await OutputUtilities.GetValueAsync(run.Stack.Drift));
    }

    [Fact]
    public async Task A_secret_associations_output_is_read_too()
    {
        var config = Stack("warn");
        var mocks = new AwsMocks
        {
            Observe = Observations.With(StackPlan.From(config), new Dictionary<string, string?> { ["feature/login"] = OtherRole }),
            PreviousOutputs = Associated($"{App}/main", App),
            PreviousSecretOutputs = ["associations"],
        };

        var run = await StackRun.Preview(config, mocks);

        Assert.Empty(await OutputUtilities.GetValueAsync(run.Stack.Drift));
    }

    [Fact]
    public async Task With_off_the_stack_reads_nothing()
    {
        var run = await StackRun.Up(Stack("off"));

        Assert.Empty(run.OfType(StackRun.StackReferenceType));
    }

    private static ImmutableDictionary<string, object> Associated(params string[] ids) =>
        ImmutableDictionary<string, object>.Empty.Add("associations", ids.Cast<object>().ToImmutableArray());

    private static Core.Settings.RawConfig Stack(string driftCheck) =>
        StackFiles.FromYaml("edge", EdgeStacks.AppAndSlashedBranch + $"\n  amplify-compute-role:driftCheck: {driftCheck}");
}
