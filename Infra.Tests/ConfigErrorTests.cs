using Infra.Core.Planning;
using Infra.Core.Settings;
using Infra.Core.Tests.Support;
using Infra.Tests.Support;
using Pulumi;

namespace Infra.Tests;

[Collection(SharedPulumiConfig.Name)]
public class ConfigErrorTests
{
    [Fact]
    public async Task A_bad_config_fails_with_Infra_Core_message_before_anything_is_declared()
    {
        var config = StackFiles.FromYaml("edge", EdgeStacks.TwoProblems);
        var expected = Assert.Throws<ConfigException>(() => StackPlan.From(config));
        var mocks = new AwsMocks();

        var failure = await Assert.ThrowsAsync<RunException>(() => StackRun.Up(config, mocks));

        Assert.Equal(2, expected.Problems.Count);
        Assert.Equal(expected.Message, failure.Message);
        Assert.DoesNotContain(mocks.Resources, r => r.Type.StartsWith("aws:", StringComparison.Ordinal) || r.Type.StartsWith("command:", StringComparison.Ordinal));
        Assert.Empty(mocks.Invokes);
    }
}
