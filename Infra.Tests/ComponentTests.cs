using Infra.Core.Naming;
using Infra.Core.Tests.Support;
using Infra.Tests.Support;
using Pulumi;

namespace Infra.Tests;

[Collection(SharedPulumiConfig.Name)]
public class ComponentTests
{
    [Theory]
    [MemberData(nameof(StackFileData.All), MemberType = typeof(StackFileData))]
    public async Task The_role_and_its_policies_belong_to_one_ComputeRole(string stackFile)
    {
        var run = await StackRun.Up(StackFiles.LoadFile(stackFile));
        var slots = run.Plan.Slots.Count;

        var component = Assert.Single(run.OfType(ComputeRole.Type));
        Assert.Equal(ResourceNaming.ComputeRole, component.Name);
        Assert.Equal(
            new[] { StackRun.RoleType }.Concat(Enumerable.Repeat(StackRun.PolicyType, slots)).Concat(Enumerable.Repeat(StackRun.AttachmentType, slots)).Order(),
            Children.Of(run.Resources.OfType<ComputeRole>().Single()).Select(r => r.GetResourceType()).Order());
    }

    [Fact]
    public async Task Each_association_is_a_BranchAssociation_holding_its_command()
    {
        var run = await StackRun.Up(StackFiles.FromYaml("edge", EdgeStacks.AppAndSlashedBranch));

        Assert.Equal(run.Plan.Associations.Select(a => a.ResourceName).Order(), run.OfType(BranchAssociation.Type).Select(r => r.Name).Order());
        Assert.All(run.Resources.OfType<BranchAssociation>(), association =>
        {
            var command = Assert.IsType<Pulumi.Command.Local.Command>(Assert.Single(Children.Of(association)));
            Assert.Equal(association.GetResourceName(), command.GetResourceName());
        });
    }

    [Fact]
    public async Task No_AWS_or_command_resource_lives_outside_a_component()
    {
        var run = await StackRun.Up(StackFiles.Sample("prod"));

        var parented = run.Resources.OfType<ComponentResource>().Where(c => c is not Stack).SelectMany(Children.Of);
        // The stack's reference to its own last outputs is a read of Pulumi's state, neither AWS nor a command.
        Assert.Equal(Describe(run.Resources.OfType<CustomResource>().Where(r => r is not StackReference)), Describe(parented));
    }

    private static IEnumerable<string> Describe(IEnumerable<Resource> resources) =>
        resources.Select(r => $"{r.GetResourceType()}::{r.GetResourceName()}").Order();
}
