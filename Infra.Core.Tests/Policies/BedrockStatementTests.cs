using Infra.Core.Grants;
using Infra.Core.Policies;
using Infra.Core.Settings;

namespace Infra.Core.Tests.Policies;

public class BedrockStatementTests
{
    private static readonly ArnScope Scope = new("aws", "eu-west-1", "123456789012");
    private static readonly IReadOnlyList<string> Invoke = BedrockGrant.Invoke.Actions;

    [Fact]
    public void A_model_is_invoked_in_the_stacks_region()
    {
        var grant = new BedrockGrant("anthropic.claude-3-haiku-20240307-v1:0", IsProfile: false);
        var statement = Assert.Single(grant.Statements(Scope));

        Assert.Equal(("BedrockInvokeModel", "AnthropicClaude3Haiku20240307V10"), (statement.Sid, grant.SidStem));
        Assert.Equal(Invoke, statement.Actions);
        Assert.Equal(["arn:aws:bedrock:eu-west-1::foundation-model/anthropic.claude-3-haiku-20240307-v1:0"], statement.Resources);
        Assert.Empty(statement.ConditionList);
    }

    [Theory]
    [InlineData("eu.anthropic.claude-3-haiku-20240307-v1:0", "arn:aws:bedrock:eu-west-1:123456789012:inference-profile/eu.anthropic.claude-3-haiku-20240307-v1:0", "anthropic.claude-3-haiku-20240307-v1:0")]
    [InlineData("arn:aws:bedrock:us-east-2:444455556666:inference-profile/global.anthropic.claude-sonnet-4-20250514-v1:0", "arn:aws:bedrock:us-east-2:444455556666:inference-profile/global.anthropic.claude-sonnet-4-20250514-v1:0", "anthropic.claude-sonnet-4-20250514-v1:0")]
    [InlineData("a1b2c3d4e5f6", "arn:aws:bedrock:eu-west-1:123456789012:application-inference-profile/a1b2c3d4e5f6", "*")]
    public void A_profile_is_invoked_and_its_model_only_through_it(string target, string profile, string model)
    {
        var statements = new BedrockGrant(target, IsProfile: true).Statements(Scope);

        var onProfile = statements.Single(s => s.Sid == "BedrockInvokeProfile");
        Assert.Equal(Invoke, onProfile.Actions);
        Assert.Equal([profile], onProfile.Resources);
        Assert.Empty(onProfile.ConditionList);
        var onModel = statements.Single(s => s.Sid == "BedrockInvokeThroughProfile");
        Assert.Equal(Invoke, onModel.Actions);
        Assert.Equal([$"arn:aws:bedrock:*::foundation-model/{model}"], onModel.Resources);
        var condition = Assert.Single(onModel.ConditionList);
        Assert.Equal(("StringLike", "bedrock:InferenceProfileArn"), (condition.Operator, condition.Key));
        Assert.Equal([profile], condition.Values);
        Assert.Equal(2, statements.Count);
    }
}
