using Infra.Core.Tests.Support;
using Infra.Tests.Support;
using Pulumi.Utilities;

namespace Infra.Tests;

[Collection(SharedPulumiConfig.Name)]
public class OutputTests
{
    [Theory]
    [MemberData(nameof(StackFileData.All), MemberType = typeof(StackFileData))]
    public async Task The_stack_exports_the_documented_outputs(string stackFile)
    {
        var run = await StackRun.Up(StackFiles.LoadFile(stackFile));
        var exported = run.Mocks.RegisteredOutputs.Single(o => o.Key.Contains("::pulumi:pulumi:Stack::", StringComparison.Ordinal)).Value;

        Assert.Equal(["associations", "branches", "computeRoleArn", "computeRoleName", "deployerPolicy", "drift", "policyArns"], exported.Keys.Order());
        Assert.Equal(run.Role.Output("arn"), await OutputUtilities.GetValueAsync(run.Stack.ComputeRoleArn));
        Assert.Equal(run.Plan.Settings.RoleName, await OutputUtilities.GetValueAsync(run.Stack.ComputeRoleName));
        Assert.Equal(run.OfType(StackRun.PolicyType).Select(p => p.Output("arn")).Order(), (await OutputUtilities.GetValueAsync(run.Stack.PolicyArns)).Order());
        Assert.Equal(run.Plan.Settings.Branches, await OutputUtilities.GetValueAsync(run.Stack.Branches));
        Assert.Equal(run.Plan.DeployerDocument(AwsMocks.AccountId).ToJson(), await OutputUtilities.GetValueAsync(run.Stack.DeployerPolicy));
        Assert.Empty(await OutputUtilities.GetValueAsync(run.Stack.Drift));
        Assert.Equal(run.Plan.Associations.Select(a => a.Target.Id), await OutputUtilities.GetValueAsync(run.Stack.Associations));
    }
}
