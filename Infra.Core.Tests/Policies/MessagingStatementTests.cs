using Infra.Core.Grants;
using Infra.Core.Policies;
using Infra.Core.Settings;

namespace Infra.Core.Tests.Policies;

public class MessagingStatementTests
{
    private static readonly ArnScope Scope = new("aws", "eu-west-1", "123456789012");

    private static PolicyStatement Only(Grant grant) => Assert.Single(grant.Statements(Scope));

    [Fact]
    public void Send_puts_messages_on_the_queue_and_looks_up_its_url()
    {
        var grant = new SqsGrant("orders-dev", "send");
        var statement = Only(grant);

        Assert.Equal(("SqsSend", "OrdersDev"), (statement.Sid, grant.SidStem));
        Assert.Equal(SqsGrant.Levels["send"].Actions, statement.Actions);
        Assert.Equal(["arn:aws:sqs:eu-west-1:123456789012:orders-dev"], statement.Resources);
    }

    [Fact]
    public void Consume_receives_deletes_and_extends_visibility_on_a_queue_in_another_account()
    {
        const string arn = "arn:aws:sqs:us-east-1:444455556666:jobs.fifo";
        var grant = new SqsGrant(arn, "consume");
        var statement = Only(grant);

        Assert.Equal(("SqsConsume", "JobsFifo"), (statement.Sid, grant.SidStem));
        Assert.Equal(SqsGrant.Levels["consume"].Actions, statement.Actions);
        Assert.Equal([arn], statement.Resources);
    }

    [Theory]
    [InlineData("alerts", "arn:aws:sns:eu-west-1:123456789012:alerts")]
    [InlineData("arn:aws:sns:us-east-1:444455556666:alerts", "arn:aws:sns:us-east-1:444455556666:alerts")]
    public void A_topic_is_published_to(string topic, string arn)
    {
        var statement = Only(new SnsGrant(topic));

        Assert.Equal("SnsPublish", statement.Sid);
        Assert.Equal(SnsGrant.Publish.Actions, statement.Actions);
        Assert.Equal([arn], statement.Resources);
    }

    [Theory]
    [InlineData("default", "arn:aws:events:eu-west-1:123456789012:event-bus/default", "Default")]
    [InlineData("arn:aws:events:us-east-1:444455556666:event-bus/shared", "arn:aws:events:us-east-1:444455556666:event-bus/shared", "Shared")]
    public void A_bus_gets_put_events(string bus, string arn, string stem)
    {
        var grant = new EventBridgeGrant(bus);
        var statement = Only(grant);

        Assert.Equal(("EventBridgePutEvents", stem), (statement.Sid, grant.SidStem));
        Assert.Equal(EventBridgeGrant.PutEvents.Actions, statement.Actions);
        Assert.Equal([arn], statement.Resources);
    }

    [Fact]
    public void A_queue_prefix_stays_a_prefix() =>
        Assert.Equal(["arn:aws:sqs:eu-west-1:123456789012:jobs-*"], Only(new SqsGrant("jobs-*", "send")).Resources);
}
