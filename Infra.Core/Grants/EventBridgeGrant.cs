using System.Text.RegularExpressions;
using Infra.Core.Settings;

namespace Infra.Core.Grants;

/// <summary>Put events on one EventBridge bus (<c>default</c> is the account's default bus).</summary>
public sealed record EventBridgeGrant(string Bus, Level Granted) : NamedGrant
{
    public const string Rule = "an EventBridge bus name (1 to 256 of A-Z a-z 0-9 . _ -, 'default' for the default bus, or a prefix ending in '*'; never a bare '*') or a bus ARN arn:<partition>:events:<region>:<account>:event-bus/<name>";

    public static readonly Level PutEvents = new("put events", "PutEvents", ["events:PutEvents"]);

    public static readonly ActionSet Actions = new("eventbridge", "events", ["event-bus"], new(PutEvents));

    public static readonly GrantKind Definition = new("eventbridge", ["bus", "actions"], Read, Actions);

    private const string Name = "[A-Za-z0-9._-]{1,256}";
    private static readonly Regex NamePattern = NamePatterns.NameOrPrefix(Name, "[A-Za-z0-9._-]", 256);
    private static readonly Regex ArnPattern = NamePatterns.Arn("events", "event-bus/", Name);

    public EventBridgeGrant(string bus)
        : this(bus, PutEvents)
    {
    }

    public override Level Level => Granted;
    public override GrantKind Kind => Definition;
    public override string Resource => Bus;
    public override string SidStem => Sid.Words(NamePatterns.NameOf(Bus, ArnPattern));
    public override string Describe() => $"eventbridge bus '{Bus}' ({Granted.Label})";

    public override IReadOnlyList<Target> Targets =>
        [new("event-bus", $"EventBridge{Granted.SidWord}", s => [NamePatterns.ArnOf(Bus, s, "events", "event-bus/")])];

    private static EventBridgeGrant? Read(ConfigEntry entry, ResourceRules rules)
    {
        var bus = NamePatterns.Read(entry, rules, "bus", Rule, NamePattern, ArnPattern);
        var level = Actions.ReadFixed(entry, rules.Problems, PutEvents);
        return bus is not null && level is not null ? new(bus, level) : null;
    }
}
