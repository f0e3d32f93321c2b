using Infra.Core.Association;
using Infra.Core.Planning;
using Infra.Core.Tests.Support;
using Infra.Tests.Support;
using Pulumi;
using Pulumi.Utilities;

namespace Infra.Tests;

/// <summary>The drift observation under mocks of <c>command:local:run</c>: what each association declares.</summary>
[Collection(SharedPulumiConfig.Name)]
public class DriftTests
{
    private const string OtherRole = "arn:aws:iam::123456789012:role/someone-elses";

    [Fact]
    public async Task In_sync_no_association_declares_a_drift_token_and_the_output_is_empty()
    {
        var run = await StackRun.Up(Stack());

        Assert.All(run.Commands, c => Assert.DoesNotContain(AssociationEnvironment.Drift, c.InputMap("environment").Keys));
        Assert.Empty(await OutputUtilities.GetValueAsync(run.Stack.Drift));
    }

    [Fact]
    public async Task Two_in_sync_runs_declare_the_same_inputs()
    {
        var first = await StackRun.Up(Stack());
        var second = await StackRun.Up(Stack());

        Assert.Equal(Inputs(first), Inputs(second));
    }

    [Theory]
    [InlineData(OtherRole, OtherRole)]
    [InlineData(null, "none")]
    public async Task A_drifted_branch_alone_gets_a_token_and_is_in_the_output(string? found, string shown)
    {
        var config = Stack();
        var inSync = await StackRun.Up(config);
        var mocks = Mocks(config, new() { ["main"] = found });

        var run = await StackRun.Preview(config, mocks);

        var main = run.Commands.Single(c => Branch(c) == "main");
        Assert.Equal($"{shown}@{Observations.UpdateTime}", main.InputMap("environment")[AssociationEnvironment.Drift]);
        Assert.Equal(inSync.Commands.Single(c => Branch(c) == "main").InputList("triggers"), main.InputList("triggers"));
        Assert.Equal(Inputs(inSync).Where(i => i.Name != main.Name), Inputs(run).Where(i => i.Name != main.Name));
        Assert.Equal(new Dictionary<string, string> { ["main"] = shown }, await OutputUtilities.GetValueAsync(run.Stack.Drift));
    }

    [Fact]
    public async Task A_later_drift_to_the_same_role_is_a_new_token()
    {
        var config = Stack();
        var first = await StackRun.Up(config, Mocks(config, new() { ["main"] = OtherRole }));
        var mocks = Mocks(config, new() { ["main"] = OtherRole }, "2026-12-02T10:00:00+00:00");

        var later = await StackRun.Up(config, mocks);

        Assert.NotEqual(Token(first), Token(later));
    }

    [Fact]
    public async Task A_drifted_app_is_keyed_by_its_id()
    {
        var config = Stack();
        var run = await StackRun.Preview(config, Mocks(config, new() { [""] = OtherRole }));

        Assert.Equal(new Dictionary<string, string> { ["app:d1a2b3c4d5e6f7"] = OtherRole }, await OutputUtilities.GetValueAsync(run.Stack.Drift));
    }

    [Fact]
    public async Task On_a_first_deploy_the_role_found_is_not_drift()
    {
        var config = Stack();
        var mocks = new AwsMocks { Observe = Observations.With(StackPlan.From(config), new Dictionary<string, string?> { ["main"] = OtherRole }, stackRoleAbsent: true) };

        var run = await StackRun.Up(config, mocks);

        Assert.Empty(await OutputUtilities.GetValueAsync(run.Stack.Drift));
        Assert.All(run.Commands, c => Assert.DoesNotContain(AssociationEnvironment.Drift, c.InputMap("environment").Keys));
    }

    [Theory]
    [InlineData("unobservable: listing the branches of app d1a2b3c4d5e6f7 failed after 1 attempt(s) (AccessDeniedException)", null)]
    [InlineData(null, "connection refused")]
    public async Task A_failed_read_warns_declares_no_token_and_deploys(string? stdout, string? invokeFailure)
    {
        var mocks = new AwsMocks { Observe = _ => stdout ?? "", RunFailure = invokeFailure };

        var run = await StackRun.Up(Stack(), mocks);

        Assert.Equal(3, run.Commands.Count);
        Assert.All(run.Commands, c => Assert.DoesNotContain(AssociationEnvironment.Drift, c.InputMap("environment").Keys));
        Assert.Empty(await OutputUtilities.GetValueAsync(run.Stack.Drift));
    }

    [Fact]
    public async Task With_fail_a_drifted_branch_stops_the_run_before_any_resource()
    {
        var config = Stack("fail");
        var mocks = Mocks(config, new() { ["main"] = null });

        var failure = await Assert.ThrowsAsync<RunException>(() => StackRun.Up(config, mocks));

        Assert.Contains("branch 'main' of app d1a2b3c4d5e6f7 has compute role none", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(mocks.Resources, r => r.Type == StackRun.CommandType || r.Type == StackRun.RoleType);
    }

    [Fact]
    public async Task With_fail_an_unreadable_branch_stops_the_run()
    {
        var mocks = new AwsMocks { Observe = _ => "unobservable: the AWS CLI's credentials are for account 444455556666" };

        var failure = await Assert.ThrowsAsync<RunException>(() => StackRun.Up(Stack("fail"), mocks));

        Assert.Contains("could not read the compute role of branch 'feature/login' of app d1a2b3c4d5e6f7: the AWS CLI's credentials", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_fail_in_sync_deploys()
    {
        var run = await StackRun.Up(Stack("fail"));

        Assert.Equal(3, run.Commands.Count);
    }

    [Fact]
    public async Task With_off_nothing_is_observed_and_no_token_declared()
    {
        var config = Stack("off");
        var mocks = Mocks(config, new() { ["main"] = OtherRole });

        var run = await StackRun.Up(config, mocks);

        Assert.Equal([AwsMocks.GetCallerIdentity], mocks.Invokes);
        Assert.All(run.Commands, c => Assert.DoesNotContain(AssociationEnvironment.Drift, c.InputMap("environment").Keys));
        Assert.Empty(await OutputUtilities.GetValueAsync(run.Stack.Drift));
    }

    [Fact]
    public async Task The_observation_runs_Infra_Core_script_for_the_app_and_its_branches()
    {
        var run = await StackRun.Up(Stack());

        var args = Assert.Single(run.Mocks.Runs);
        Assert.Equal(AssociationScripts.Observe, args["command"]);
        Assert.Equal(["/bin/sh", "-c"], ((System.Collections.Immutable.ImmutableArray<object>)args["interpreter"]).Cast<string>());
        var environment = ((System.Collections.Immutable.ImmutableDictionary<string, object>)args["environment"]).ToDictionary(kv => kv.Key, kv => (string)kv.Value);
        Assert.Equal(
            AssociationEnvironment.ForObservation("d1a2b3c4d5e6f7", true, "eu-west-1", null, AwsMocks.AccountId, run.Role.Output("arn")),
            environment);
    }

    private static Core.Settings.RawConfig Stack(string? driftCheck = null) => StackFiles.FromYaml("edge",
        driftCheck is null ? EdgeStacks.AppAndSlashedBranch : EdgeStacks.AppAndSlashedBranch + $"\n  amplify-compute-role:driftCheck: {driftCheck}");

    private static AwsMocks Mocks(Core.Settings.RawConfig config, Dictionary<string, string?> found, string updateTime = Observations.UpdateTime) =>
        new() { Observe = Observations.With(StackPlan.From(config), found, updateTime) };

    private static string? Branch(RecordedResource command) => command.InputMap("environment").GetValueOrDefault(AssociationEnvironment.Branch);

    private static string Token(StackRun run) => run.Commands.Single(c => Branch(c) == "main").InputMap("environment")[AssociationEnvironment.Drift];

    private static List<(string Name, string Inputs)> Inputs(StackRun run) =>
        [.. run.Commands.Select(c => (c.Name, System.Text.Json.JsonSerializer.Serialize(c.InputMap("environment")) + string.Join(",", c.InputList("triggers"))
            + c.Input("create") + c.Input("update") + c.Input("delete"))).Order()];
}
