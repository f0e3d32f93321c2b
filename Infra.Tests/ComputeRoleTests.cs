using Infra.Core.Tests.Support;
using Infra.Tests.Support;

namespace Infra.Tests;

[Collection(SharedPulumiConfig.Name)]
public class ComputeRoleTests
{
    [Theory]
    [MemberData(nameof(StackFileData.All), MemberType = typeof(StackFileData))]
    public async Task The_role_is_the_one_Infra_Core_planned(string stackFile)
    {
        var run = await StackRun.Up(StackFiles.LoadFile(stackFile));
        var settings = run.Plan.Settings;
        var role = run.Role;

        Assert.Equal(run.Plan.TrustDocument(AwsMocks.AccountId).ToJson(), role.Input("assumeRolePolicy"));
        Assert.Equal(settings.RoleName, role.Input("name"));
        Assert.Equal(settings.Tags, role.InputMap("tags"));
        Assert.Equal(settings.PermissionsBoundaryArn, role.Inputs.GetValueOrDefault("permissionsBoundary"));
        Assert.Contains(settings.AppId, role.Input("description"), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(StackFileData.All), MemberType = typeof(StackFileData))]
    public async Task Each_policy_slot_has_one_policy_with_Infra_Core_document(string stackFile)
    {
        var run = await StackRun.Up(StackFiles.LoadFile(stackFile));
        var plan = run.Plan;

        Assert.Equal(
            plan.Slots.Select(slot => (slot.Name, plan.PermissionDocument(slot, AwsMocks.AccountId).ToJson())).Order(),
            run.OfType(StackRun.PolicyType).Select(policy => (policy.Input("name"), policy.Input("policy"))).Order());
        Assert.All(run.OfType(StackRun.PolicyType), policy => Assert.Equal(plan.Settings.Tags, policy.InputMap("tags")));
    }

    [Theory]
    [MemberData(nameof(StackFileData.All), MemberType = typeof(StackFileData))]
    public async Task Every_policy_is_attached_to_this_role(string stackFile)
    {
        var run = await StackRun.Up(StackFiles.LoadFile(stackFile));
        var attachments = run.OfType(StackRun.AttachmentType);

        Assert.All(attachments, attachment => Assert.Equal(run.Role.Output("name"), attachment.Input("role")));
        Assert.Equal(
            run.OfType(StackRun.PolicyType).Select(policy => policy.Output("arn")).Order(),
            attachments.Select(attachment => attachment.Input("policyArn")).Order());
    }
}
