using System.Text.RegularExpressions;
using Infra.Core.Policies;
using Infra.Core.Settings;

namespace Infra.Core.Grants;

/// <summary>
/// One SQS queue: <c>send</c> puts messages on it (and looks up its URL, as the SDKs do from a name);
/// <c>consume</c> receives, deletes and extends the visibility of its messages, and looks up the URL
/// and attributes as the AWS CDK's <c>grantConsumeMessages</c> allows (pollers read them). The batch APIs
/// have no actions of their own: each is authorised by its single-message action.
/// </summary>
public sealed record SqsGrant(string Queue, string Access) : Grant
{
    public const string Rule = "an SQS queue name (1 to 80 of A-Z a-z 0-9 _ -, a FIFO queue's ending in '.fifo'; or a prefix ending in '*'; never a bare '*') or a queue ARN arn:<partition>:sqs:<region>:<account>:<name>";

    public static readonly GrantKind Definition = new("sqs", ["queue", "access"], Read);

    // The AWS CDK's grantSendMessages and grantConsumeMessages.
    public static readonly Levels Levels = new(
        new("send", "Send", ["sqs:GetQueueUrl", "sqs:SendMessage"]),
        new("consume", "Consume", ["sqs:ChangeMessageVisibility", "sqs:DeleteMessage", "sqs:GetQueueAttributes", "sqs:GetQueueUrl", "sqs:ReceiveMessage"]));

    private const string Name = @"[A-Za-z0-9_-]{1,80}|[A-Za-z0-9_-]{1,75}\.fifo";
    private static readonly Regex NamePattern = NamePatterns.NameOrPrefix(Name, "[A-Za-z0-9_-]", 80);
    private static readonly Regex ArnPattern = NamePatterns.Arn("sqs", "", Name);

    public override GrantKind Kind => Definition;
    public override string Resource => Queue;
    public override string SidStem => Sid.Words(NamePatterns.NameOf(Queue, ArnPattern));
    public override string Describe() => $"sqs queue '{Queue}' ({Access})";

    public override IReadOnlyList<PolicyStatement> Statements(ArnScope scope)
    {
        var queue = NamePatterns.ArnOf(Queue, scope, "sqs", "");
        var level = Levels[Access];
        return [new($"Sqs{level.SidWord}", level.Actions, [queue])];
    }

    private static SqsGrant? Read(ConfigEntry entry, ResourceRules rules)
    {
        var queue = NamePatterns.Read(entry, rules, "queue", Rule, NamePattern, ArnPattern);
        var access = Levels.Read(entry);
        return queue is not null && access is not null ? new SqsGrant(queue, access) : null;
    }
}
