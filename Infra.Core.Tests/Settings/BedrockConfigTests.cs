using Infra.Core.Grants;
using Infra.Core.Planning;
using Infra.Core.Tests.Support;

namespace Infra.Core.Tests.Settings;

public class BedrockConfigTests
{
    private const string Key = $"{Configs.Project}:access";

    [Theory]
    [InlineData("*")]
    [InlineData("claude-3-haiku")]
    [InlineData("Anthropic.Claude-3")]
    [InlineData("eu.anthropic.claude-3-haiku-20240307-v1:0")]
    [InlineData("arn:aws:bedrock:eu-west-1:123456789012:foundation-model/anthropic.claude-3-haiku-20240307-v1:0")]
    [InlineData("arn:aws:bedrock:eu-west-1::foundation-model/*")]
    [InlineData("arn:aws:bedrock:::foundation-model/anthropic.claude-3-haiku-20240307-v1:0")]
    [InlineData("arn:aws:bedrock:eu-west-1::inference-profile/eu.anthropic.claude-3-haiku-20240307-v1:0")]
    public void A_bad_model_is_refused(string model) =>
        ProblemAssert.Only(Configs.WithAccess($$"""{"bedrock":[{"model":"{{model}}"}]}"""), $"{Key}.bedrock[0].model", model, "foundation-model id");

    [Fact]
    public void A_model_arn_of_another_partition_is_refused() =>
        ProblemAssert.Only(Configs.WithAccess("""{"bedrock":[{"model":"arn:aws-cn:bedrock:cn-north-1::foundation-model/amazon.nova-pro-v1:0"}]}"""),
            $"{Key}.bedrock[0].model", "arn:aws-cn:bedrock:cn-north-1::foundation-model/amazon.nova-pro-v1:0", "partition 'aws-cn'");

    [Fact]
    public void A_model_arn_in_another_region_is_invoked_there()
    {
        const string arn = "arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-3-haiku-20240307-v1:0";
        var grant = Assert.Single(StackPlan.From(Configs.WithAccess($$"""{"bedrock":[{"model":"{{arn}}"}]}""")).Settings.Grants);

        var statement = Assert.Single(grant.Statements(new("aws", "eu-west-1", "123456789012")));
        Assert.Equal([arn], statement.Resources);
        Assert.Equal("Anthropic" + "Claude3Haiku20240307V10", grant.SidStem);
    }

    [Theory]
    [InlineData("*", "inference profile id")]
    [InlineData("anthropic.claude-3-haiku-20240307-v1:0", "inference profile id")]
    [InlineData("eu.anthropic.*", "inference profile id")]
    [InlineData("arn:aws:bedrock:eu-west-1::foundation-model/anthropic.claude-3-haiku-20240307-v1:0", "its ARN")]
    [InlineData("arn:aws:bedrock:eu-west-1:123456789012:application-inference-profile/short", "its ARN")]
    [InlineData("arn:aws-cn:bedrock:cn-north-1:123456789012:application-inference-profile/a1b2c3d4e5f6", "partition 'aws-cn'")]
    public void A_bad_inference_profile_is_refused(string profile, string fix) =>
        ProblemAssert.Only(Configs.WithAccess($$"""{"bedrock":[{"inferenceProfile":"{{profile}}"}]}"""), $"{Key}.bedrock[0].inferenceProfile", profile, fix);

    [Fact]
    public void A_model_and_a_profile_together_are_refused() =>
        ProblemAssert.Only(Configs.WithAccess("""{"bedrock":[{"model":"amazon.nova-pro-v1:0","inferenceProfile":"eu.amazon.nova-pro-v1:0"}]}"""),
            $"{Key}.bedrock[0].inferenceProfile", "eu.amazon.nova-pro-v1:0", "not both");

    [Fact]
    public void Neither_a_model_nor_a_profile_is_refused() =>
        ProblemAssert.Only(Configs.WithAccess("""{"bedrock":[{}]}"""), $"{Key}.bedrock[0].model", null, "required: 'model' or 'inferenceProfile'");

    [Fact]
    public void The_same_profile_twice_is_refused() =>
        ProblemAssert.Only(Configs.WithAccess("""{"bedrock":[{"inferenceProfile":"a1b2c3d4e5f6"},{"inferenceProfile":"a1b2c3d4e5f6"}]}"""),
            $"{Key}.bedrock[1]", "a1b2c3d4e5f6", $"already listed at {Key}.bedrock[0]");

    [Fact]
    public void Good_entries_become_their_grants() =>
        Assert.Equal(
            [new BedrockGrant("amazon.titan-embed-text-v2:0", IsProfile: false), new BedrockGrant("anthropic.claude-*", IsProfile: false),
             new BedrockGrant("global.anthropic.claude-sonnet-4-20250514-v1:0", IsProfile: true),
             new BedrockGrant("arn:aws:bedrock:us-east-1:444455556666:application-inference-profile/a1b2c3d4e5f6", IsProfile: true)],
            StackPlan.From(Configs.WithAccess("""
                {"bedrock":[{"model":"amazon.titan-embed-text-v2:0"},{"model":"anthropic.claude-*"},
                 {"inferenceProfile":"global.anthropic.claude-sonnet-4-20250514-v1:0"},
                 {"inferenceProfile":"arn:aws:bedrock:us-east-1:444455556666:application-inference-profile/a1b2c3d4e5f6"}]}
                """)).Settings.Grants);
}
