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

    [Fact]
    public async Task A_misspelt_project_key_is_refused_at_pulumi_up_with_the_closest_name()
    {
        var mocks = new AwsMocks();

        var failure = await Assert.ThrowsAsync<RunException>(() => StackRun.Up(StackFiles.FromYaml("edge", EdgeStacks.MisspeltKey), mocks));

        Assert.Contains("amplify-compute-role:roleNmae: 'acme-ssr': unknown key; did you mean 'roleName'?", failure.Message, StringComparison.Ordinal);
        Assert.Empty(mocks.Invokes);
    }

    [Fact]
    public async Task A_misspelt_secret_key_is_refused_without_printing_its_value()
    {
        var config = StackFiles.FromYaml("edge", EdgeStacks.MisspeltKey);

        var failure = await Assert.ThrowsAsync<RunException>(() => StackRun.Up(config, secretKeys: ["amplify-compute-role:roleNmae"]));

        Assert.Contains("amplify-compute-role:roleNmae: '[secret]': unknown key", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("acme-ssr", failure.Message, StringComparison.Ordinal);
    }
}
