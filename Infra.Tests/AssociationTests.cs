using Infra.Core.Association;
using Infra.Core.Tests.Support;
using Infra.Tests.Support;

namespace Infra.Tests;

[Collection(SharedPulumiConfig.Name)]
public class AssociationTests
{
    [Theory]
    [MemberData(nameof(StackFileData.All), MemberType = typeof(StackFileData))]
    public async Task Every_configured_branch_and_no_other_gets_the_role(string stackFile)
    {
        var run = await StackRun.Up(StackFiles.LoadFile(stackFile));
        var roleArn = run.Role.Output("arn");

        Assert.Equal(
            run.Plan.Settings.Branches.Order(),
            run.Commands.Select(command => command.InputMap("environment")[AssociationEnvironment.Branch]).Order());
        Assert.All(run.Commands, command => Assert.Equal(roleArn, command.InputMap("environment")[AssociationEnvironment.RoleArn]));
    }

    [Theory]
    [MemberData(nameof(StackFileData.All), MemberType = typeof(StackFileData))]
    public async Task Each_association_runs_Infra_Core_scripts_for_its_target(string stackFile)
    {
        var run = await StackRun.Up(StackFiles.LoadFile(stackFile));
        var roleArn = run.Role.Output("arn");

        Assert.Equal(run.Plan.Associations.Select(a => a.ResourceName).Order(), run.Commands.Select(c => c.Name).Order());
        foreach (var association in run.Plan.Associations)
        {
            var command = run.Commands.Single(c => c.Name == association.ResourceName);
            Assert.Equal(association.Environment(run.Plan.Settings, AwsMocks.AccountId, roleArn), command.InputMap("environment"));
            Assert.Equal(association.Triggers, command.InputList("triggers"));
            Assert.Equal([run.Plan.Settings.AppId, association.Target.Branch ?? ""], command.InputList("triggers"));
            Assert.Equal(AssociationScripts.Create, command.Input("create"));
            Assert.Equal(AssociationScripts.Update, command.Input("update"));
            Assert.Equal(AssociationScripts.Delete, command.Input("delete"));
            Assert.Equal(["/bin/sh", "-c"], command.InputList("interpreter"));
            Assert.Equal(true, command.Inputs["addPreviousOutputInEnv"]);
        }
    }

    [Fact]
    public async Task With_associateApp_the_app_gets_the_role_too()
    {
        var run = await StackRun.Up(StackFiles.FromYaml("edge", EdgeStacks.AppAndSlashedBranch));

        var app = run.Commands.Single(c => c.InputMap("environment")[AssociationEnvironment.Target] == AssociationEnvironment.AppTarget);
        Assert.Equal(run.Role.Output("arn"), app.InputMap("environment")[AssociationEnvironment.RoleArn]);
        Assert.DoesNotContain(AssociationEnvironment.Branch, app.InputMap("environment").Keys);
        Assert.Equal(3, run.Commands.Count);
    }

    [Fact]
    public async Task A_branch_with_a_slash_keeps_its_name_in_the_inputs()
    {
        var run = await StackRun.Up(StackFiles.FromYaml("edge", EdgeStacks.AppAndSlashedBranch));

        var feature = run.Commands.Single(c => c.InputMap("environment").GetValueOrDefault(AssociationEnvironment.Branch) == "feature/login");
        Assert.DoesNotContain('/', feature.Name);
        Assert.Equal(["d1a2b3c4d5e6f7", "feature/login"], feature.InputList("triggers"));
    }
}
