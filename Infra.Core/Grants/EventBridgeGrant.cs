using System.Text.RegularExpressions;
using Infra.Core.Policies;
using Infra.Core.Settings;

namespace Infra.Core.Grants;

/// <summary>Put events on one EventBridge bus (<c>default</c> is the account's default bus).</summary>
public sealed record EventBridgeGrant(string Bus) : Grant
{
    public const string Rule = "an EventBridge bus name (1 to 256 of A-Z a-z 0-9 . _ -, 'default' for the default bus, or a prefix ending in '*'; never a bare '*') or a bus ARN arn:<partition>:events:<region>:<account>:event-bus/<name>";

    public static readonly GrantKind Definition = new("eventbridge", ["bus"], Read);

    private const string Name = "[A-Za-z0-9._-]{1,256}";
    private static readonly Regex NamePattern = NamePatterns.NameOrPrefix(Name, "[A-Za-z0-9._-]", 256);
    private static readonly Regex ArnPattern = NamePatterns.Arn("events", "event-bus/", Name);

    public override GrantKind Kind => Definition;
    public override string Resource => Bus;
    public override string SidStem => Sid.Words(NamePatterns.NameOf(Bus, ArnPattern));
    public override string Describe() => $"eventbridge bus '{Bus}' (put events)";

    public override IReadOnlyList<PolicyStatement> Statements(ArnScope scope) =>
        [new("EventBridgePutEvents", ["events:PutEvents"], [NamePatterns.ArnOf(Bus, scope, "events", "event-bus/")])];

    private static EventBridgeGrant? Read(ConfigEntry entry, ResourceRules rules) =>
        NamePatterns.Read(entry, rules, "bus", Rule, NamePattern, ArnPattern) is { } bus ? new(bus) : null;
}
