using Infra.Core.Grants;
using Infra.Core.Planning;
using Infra.Core.Tests.Support;

namespace Infra.Core.Tests.Settings;

public class MessagingConfigTests
{
    private const string Key = $"{Configs.Project}:access";

    [Theory]
    [InlineData("*", "never a bare '*'")]
    [InlineData("order queue", "SQS queue name")]
    [InlineData("orders.v2", "SQS queue name")]
    [InlineData("arn:aws:sqs:eu-west-1:123:orders", "queue ARN")]
    [InlineData("arn:aws-cn:sqs:cn-north-1:123456789012:orders", "partition 'aws-cn'")]
    public void A_bad_queue_is_refused(string queue, string fix) =>
        ProblemAssert.Only(Configs.WithAccess($$"""{"sqs":[{"queue":"{{queue}}","access":"send"}]}"""), $"{Key}.sqs[0].queue", queue, fix);

    [Theory]
    [InlineData(81, "")]
    [InlineData(76, ".fifo")]
    public void A_queue_name_over_80_characters_is_refused(int length, string suffix)
    {
        var queue = new string('q', length) + suffix;
        ProblemAssert.Only(Configs.WithAccess($$"""{"sqs":[{"queue":"{{queue}}","access":"send"}]}"""), $"{Key}.sqs[0].queue", queue, "1 to 80");
    }

    [Theory]
    [InlineData("write")]
    [InlineData("Send")]
    public void An_unknown_queue_access_is_refused(string access) =>
        ProblemAssert.Only(Configs.WithAccess($$"""{"sqs":[{"queue":"orders","access":"{{access}}"}]}"""), $"{Key}.sqs[0].access", access, "'send' or 'consume'");

    [Fact]
    public void A_queue_without_access_is_refused() =>
        ProblemAssert.Only(Configs.WithAccess("""{"sqs":[{"queue":"orders"}]}"""), $"{Key}.sqs[0].access", null, "required: 'send' or 'consume'");

    [Fact]
    public void The_same_queue_twice_is_refused_whatever_the_access() =>
        ProblemAssert.Only(Configs.WithAccess("""{"sqs":[{"queue":"orders","access":"send"},{"queue":"orders","access":"consume"}]}"""),
            $"{Key}.sqs[1]", "orders", $"already listed at {Key}.sqs[0]");

    [Theory]
    [InlineData("*", "never a bare '*'")]
    [InlineData("alerts.v2", "SNS topic name")]
    [InlineData("arn:aws:sns:eu-west-1:123456789012:alerts:sub-1", "topic ARN")]
    public void A_bad_topic_is_refused(string topic, string fix) =>
        ProblemAssert.Only(Configs.WithAccess($$"""{"sns":[{"topic":"{{topic}}"}]}"""), $"{Key}.sns[0].topic", topic, fix);

    [Fact]
    public void A_topic_name_over_256_characters_is_refused() =>
        ProblemAssert.Only(Configs.WithAccess($$"""{"sns":[{"topic":"{{new string('t', 257)}}"}]}"""), $"{Key}.sns[0].topic", new string('t', 257), "1 to 256");

    [Theory]
    [InlineData("*", "never a bare '*'")]
    [InlineData("aws.partner/acme", "EventBridge bus name")]
    [InlineData("arn:aws:events:eu-west-1:123456789012:rule/nightly", "bus ARN")]
    public void A_bad_bus_is_refused(string bus, string fix) =>
        ProblemAssert.Only(Configs.WithAccess($$"""{"eventbridge":[{"bus":"{{bus}}"}]}"""), $"{Key}.eventbridge[0].bus", bus, fix);

    [Fact]
    public void An_unknown_field_names_the_field_probably_meant() =>
        Assert.Contains(Configs.ProblemsOf(Configs.WithAccess("""{"sns":[{"topik":"alerts"}]}""")),
            p => p.Key == $"{Key}.sns[0].topik" && p.Fix.Contains("did you mean 'topic'?", StringComparison.Ordinal));

    [Fact]
    public void Good_entries_become_their_grants() =>
        Assert.Equal(
            [new SqsGrant("jobs.fifo", "consume"), new SqsGrant("mail-*", "send"), new SnsGrant("alerts"), new EventBridgeGrant("default")],
            StackPlan.From(Configs.WithAccess("""
                {"sqs":[{"queue":"jobs.fifo","access":"consume"},{"queue":"mail-*","access":"send"}],
                 "sns":[{"topic":"alerts"}],"eventbridge":[{"bus":"default"}]}
                """)).Settings.Grants);
}
