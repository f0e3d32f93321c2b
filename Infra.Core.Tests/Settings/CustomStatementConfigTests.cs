using Infra.Core.Planning;
using Infra.Core.Tests.Support;

namespace Infra.Core.Tests.Settings;

public class CustomStatementConfigTests
{
    private const string Key = $"{Configs.Project}:access.statements[0]";
    private const string Queue = "arn:aws:sqs:eu-west-1:123456789012:orders";

    private static void Refused(string statement, string key, string? value, string fix) =>
        ProblemAssert.Only(Configs.WithAccess($$"""{"statements":[{{statement}}]}"""), $"{Key}{key}", value, fix);

    [Theory]
    [InlineData("*")]
    [InlineData("s3:*")]
    [InlineData("s3:Get*")]
    [InlineData("s3:GetObject?")]
    [InlineData("GetObject")]
    [InlineData("s3:")]
    public void An_action_that_is_not_one_named_action_is_refused_by_index(string action) =>
        Refused($$"""{"actions":["sqs:SendMessage","sqs:GetQueueUrl","{{action}}"],"resources":["{{Queue}}"]}""", ".actions[2]", action, "one action 'service:Action'");

    [Theory]
    [InlineData("*", "these need ARNs: sqs:SendMessage")]
    [InlineData("orders", "an ARN")]
    [InlineData("arn:aws:sqs:*:123456789012:orders", "region and account written out")]
    [InlineData("arn:aws-cn:sqs:cn-north-1:123456789012:orders", "partition 'aws-cn'")]
    [InlineData("arn:aws:s3:::*", "non-empty name prefix")]
    [InlineData("arn:aws:dynamodb:eu-west-1:123456789012:table/*", "non-empty name prefix")]
    [InlineData("arn:aws:lambda:eu-west-1:123456789012:function:*", "non-empty name prefix")]
    [InlineData("arn:aws:sqs:eu-west-1:123456789012:?rders", "non-empty name prefix")]
    public void A_resource_that_is_not_a_narrow_arn_of_the_partition_is_refused_by_index(string resource, string fix) =>
        Refused($$"""{"actions":["sqs:SendMessage"],"resources":["{{Queue}}","{{resource}}"]}""", ".resources[1]", resource, fix);

    [Theory]
    [InlineData("""{"resources":["arn:aws:sqs:eu-west-1:123456789012:orders"]}""", ".actions", null, "required")]
    [InlineData("""{"actions":[],"resources":["arn:aws:sqs:eu-west-1:123456789012:orders"]}""", ".actions", "[]", "non-empty list")]
    [InlineData("""{"actions":"sqs:SendMessage","resources":["arn:aws:sqs:eu-west-1:123456789012:orders"]}""", ".actions", "sqs:SendMessage", "non-empty list")]
    [InlineData("""{"actions":["sqs:SendMessage"],"resources":[]}""", ".resources", "[]", "non-empty list")]
    [InlineData("""{"actions":["sqs:SendMessage"],"resources":[7]}""", ".resources[0]", "7", "must be a string")]
    [InlineData("""{"sid":"send-orders","actions":["sqs:SendMessage"],"resources":["arn:aws:sqs:eu-west-1:123456789012:orders"]}""", ".sid", "send-orders", "letters and digits")]
    [InlineData("""{"effect":"Deny","actions":["sqs:SendMessage"],"resources":["arn:aws:sqs:eu-west-1:123456789012:orders"]}""", ".effect", "Deny", "unknown key")]
    [InlineData("""{"Action":["sqs:SendMessage"],"actions":["sqs:SendMessage"],"resources":["arn:aws:sqs:eu-west-1:123456789012:orders"]}""", ".Action", """["sqs:SendMessage"]""", "did you mean 'actions'?")]
    public void A_statement_of_the_wrong_shape_is_refused(string statement, string key, string? value, string fix) =>
        Refused(statement, key, value, fix);

    [Theory]
    [InlineData("s3:ListBucket", "arn:aws:s3:::acme-*")]
    [InlineData("s3:GetObject", "arn:aws:s3:::acme-uploads/*")]
    [InlineData("dynamodb:Query", "arn:aws:dynamodb:eu-west-1:123456789012:table/orders/index/*")]
    [InlineData("iam:GetPolicy", "arn:aws:iam::aws:policy/ReadOnlyAccess")]
    [InlineData("sqs:SendMessage", "arn:aws:sqs:us-east-1:444455556666:orders-*")]
    public void Arns_with_narrow_wildcards_are_accepted(string action, string resource) =>
        Assert.Single(StackPlan.From(Configs.WithAccess($$"""{"statements":[{"actions":["{{action}}"],"resources":["{{resource}}"]}]}""")).Settings.Grants);

    [Fact]
    public void The_same_sid_twice_is_refused() =>
        ProblemAssert.Only(Configs.WithAccess($$"""{"statements":[{"sid":"Send","actions":["sqs:SendMessage"],"resources":["{{Queue}}"]},{"sid":"Send","actions":["sns:Publish"],"resources":["arn:aws:sns:eu-west-1:123456789012:orders"]}]}"""),
            $"{Configs.Project}:access.statements[1]", "Send", "already listed");
}
