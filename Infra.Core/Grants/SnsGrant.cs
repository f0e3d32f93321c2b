using System.Text.RegularExpressions;
using Infra.Core.Policies;
using Infra.Core.Settings;

namespace Infra.Core.Grants;

/// <summary>Publish to one SNS topic (<c>PublishBatch</c> has no action of its own: <c>sns:Publish</c> covers it).</summary>
public sealed record SnsGrant(string Topic) : Grant
{
    public const string Rule = "an SNS topic name (1 to 256 of A-Z a-z 0-9 _ -, a FIFO topic's ending in '.fifo'; or a prefix ending in '*'; never a bare '*') or a topic ARN arn:<partition>:sns:<region>:<account>:<name>";

    public static readonly GrantKind Definition = new("sns", ["topic"], Read);

    private const string Name = @"[A-Za-z0-9_-]{1,256}|[A-Za-z0-9_-]{1,251}\.fifo";
    private static readonly Regex NamePattern = NamePatterns.NameOrPrefix(Name, "[A-Za-z0-9_-]", 256);
    private static readonly Regex ArnPattern = NamePatterns.Arn("sns", "", Name);

    public override GrantKind Kind => Definition;
    public override string Resource => Topic;
    public override string SidStem => Sid.Words(NamePatterns.NameOf(Topic, ArnPattern));
    public override string Describe() => $"sns topic '{Topic}' (publish)";

    public override IReadOnlyList<PolicyStatement> Statements(ArnScope scope) =>
        [new("SnsPublish", ["sns:Publish"], [NamePatterns.ArnOf(Topic, scope, "sns", "")])];

    private static SnsGrant? Read(ConfigEntry entry, ResourceRules rules) =>
        NamePatterns.Read(entry, rules, "topic", Rule, NamePattern, ArnPattern) is { } topic ? new(topic) : null;
}
