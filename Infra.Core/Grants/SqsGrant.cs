using System.Text.RegularExpressions;
using Infra.Core.Settings;

namespace Infra.Core.Grants;

/// <summary>
/// One SQS queue: <c>send</c> puts messages on it (and looks up its URL, as the SDKs do from a name);
/// <c>consume</c> receives, deletes and extends the visibility of its messages, and looks up the URL
/// and attributes as the AWS CDK's <c>grantConsumeMessages</c> allows (pollers read them). The batch APIs
/// have no actions of their own: each is authorised by its single-message action.
/// </summary>
public sealed record SqsGrant(string Queue, Level Granted) : NamedGrant
{
    public const string Rule = "an SQS queue name (1 to 80 of A-Z a-z 0-9 _ -, a FIFO queue's ending in '.fifo'; or a prefix ending in '*'; never a bare '*') or a queue ARN arn:<partition>:sqs:<region>:<account>:<name>";

    // The AWS CDK's grantSendMessages and grantConsumeMessages.
    public static readonly Levels Levels = new(
        new("send", "Send", ["sqs:GetQueueUrl", "sqs:SendMessage"]),
        new("consume", "Consume", ["sqs:ChangeMessageVisibility", "sqs:DeleteMessage", "sqs:GetQueueAttributes", "sqs:GetQueueUrl", "sqs:ReceiveMessage"]));

    public static readonly ActionSet Actions = new("sqs", "sqs", ["queue"], Levels);

    public static readonly GrantKind Definition = new("sqs", ["queue", "access", "actions"], Read, Actions);

    private const string Name = @"[A-Za-z0-9_-]{1,80}|[A-Za-z0-9_-]{1,75}\.fifo";
    private static readonly Regex NamePattern = NamePatterns.NameOrPrefix(Name, "[A-Za-z0-9_-]", 80);
    private static readonly Regex ArnPattern = NamePatterns.Arn("sqs", "", Name);

    public SqsGrant(string queue, string access)
        : this(queue, Levels[access])
    {
    }

    public override Level Level => Granted;
    public override GrantKind Kind => Definition;
    public override string Resource => Queue;
    public override string SidStem => Sid.Words(NamePatterns.NameOf(Queue, ArnPattern));
    public override string Describe() => $"sqs queue '{Queue}' ({Granted.Label})";

    public override IReadOnlyList<Target> Targets =>
        [new("queue", $"Sqs{Granted.SidWord}", s => [NamePatterns.ArnOf(Queue, s, "sqs", "")])];

    private static SqsGrant? Read(ConfigEntry entry, ResourceRules rules)
    {
        var queue = NamePatterns.Read(entry, rules, "queue", Rule, NamePattern, ArnPattern);
        var level = Actions.ReadAccess(entry, rules.Problems);
        return queue is not null && level is not null ? new SqsGrant(queue, level) : null;
    }
}
