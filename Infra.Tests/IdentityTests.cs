using Infra.Core.Tests.Support;
using Infra.Tests.Support;

namespace Infra.Tests;

[Collection(SharedPulumiConfig.Name)]
public class IdentityTests
{
    [Fact]
    public async Task The_account_comes_from_GetCallerIdentity_alone_and_the_observation_is_the_only_other_invoke()
    {
        var run = await StackRun.Up(StackFiles.Load("dev"));

        Assert.Equal([AwsMocks.GetCallerIdentity, AwsMocks.LocalRun], run.Mocks.Invokes);
    }
}
