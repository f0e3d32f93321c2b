using Infra.Core.Grants;

namespace Infra.Core.Tests.Reference;

/// <summary>Entries of every named kind, at every level, in each shape a kind renders differently.</summary>
public static class KindSamples
{
    public static readonly IReadOnlyList<NamedGrant> All =
    [
        .. DynamoDbGrant.Levels.All.SelectMany(l => new[] { new DynamoDbGrant("orders", l), new DynamoDbGrant("arn:aws:dynamodb:us-east-1:444455556666:table/x", l) }),
        .. S3Grant.Levels.All.SelectMany(l => new[] { new S3Grant("media", null, l), new S3Grant("media", "in/", l) }),
        .. SqsGrant.Levels.All.Select(l => new SqsGrant("jobs", l)),
        .. KmsGrant.Levels.All.Select(l => new KmsGrant("arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab", l)),
        new LambdaGrant("thumbnailer"),
        new LambdaGrant("arn:aws:lambda:eu-west-1:123456789012:function:thumbnailer:live"),
        new SecretsManagerGrant("shop/stripe"),
        new SecretsManagerGrant("shop/*"),
        new SsmGrant("/shop/flag", IsPath: false),
        new SsmGrant("/shop/dev/", IsPath: true),
        new SnsGrant("alerts"),
        new EventBridgeGrant("default"),
        new SesGrant("acme.com", null, null),
        new SesGrant("acme.com", "transactional", "orders@acme.com"),
        new StepFunctionsGrant("fulfilment"),
        new BedrockGrant("anthropic.claude-3-haiku-20240307-v1:0", IsProfile: false),
        new BedrockGrant("arn:aws:bedrock:us-west-2::foundation-model/anthropic.claude-*", IsProfile: false),
        new BedrockGrant("eu.anthropic.claude-3-haiku-20240307-v1:0", IsProfile: true),
        new BedrockGrant("a1b2c3d4e5f6", IsProfile: true),
        new AppSyncGrant("abcdefghij0123456789klmnop", ["query", "mutation", "subscription"]),
    ];
}
