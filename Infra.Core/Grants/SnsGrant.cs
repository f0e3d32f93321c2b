using System.Text.RegularExpressions;
using Infra.Core.Settings;

namespace Infra.Core.Grants;

/// <summary>Publish to one SNS topic (<c>PublishBatch</c> has no action of its own: <c>sns:Publish</c> covers it).</summary>
public sealed record SnsGrant(string Topic, Level Granted) : NamedGrant
{
    public const string Rule = "an SNS topic name (1 to 256 of A-Z a-z 0-9 _ -, a FIFO topic's ending in '.fifo'; or a prefix ending in '*'; never a bare '*') or a topic ARN arn:<partition>:sns:<region>:<account>:<name>";

    public static readonly Level Publish = new("publish", "Publish", ["sns:Publish"]);

    public static readonly ActionSet Actions = new("sns", "sns", ["topic"], new(Publish));

    public static readonly GrantKind Definition = new("sns", ["topic", "actions"], Read, Actions);

    private const string Name = @"[A-Za-z0-9_-]{1,256}|[A-Za-z0-9_-]{1,251}\.fifo";
    private static readonly Regex NamePattern = NamePatterns.NameOrPrefix(Name, "[A-Za-z0-9_-]", 256);
    private static readonly Regex ArnPattern = NamePatterns.Arn("sns", "", Name);

    public SnsGrant(string topic)
        : this(topic, Publish)
    {
    }

    public override Level Level => Granted;
    public override GrantKind Kind => Definition;
    public override string Resource => Topic;
    public override string SidStem => Sid.Words(NamePatterns.NameOf(Topic, ArnPattern));
    public override string Describe() => $"sns topic '{Topic}' ({Granted.Label})";

    public override IReadOnlyList<Target> Targets => [new("topic", $"Sns{Granted.SidWord}", s => [NamePatterns.ArnOf(Topic, s, "sns", "")])];

    private static SnsGrant? Read(ConfigEntry entry, ResourceRules rules)
    {
        var topic = NamePatterns.Read(entry, rules, "topic", Rule, NamePattern, ArnPattern);
        var level = Actions.ReadFixed(entry, rules.Problems, Publish);
        return topic is not null && level is not null ? new(topic, level) : null;
    }
}
