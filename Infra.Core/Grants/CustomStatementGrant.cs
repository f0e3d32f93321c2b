using Infra.Core.Policies;
using Infra.Core.Settings;

namespace Infra.Core.Grants;

/// <summary>
/// The escape hatch (<c>access.statements</c>): one Allow statement as the stack file writes it, for
/// what no other kind covers. Checked as strictly as the kinds are: named actions, ARNs of the
/// stack's partition, wildcards only inside a name, IAM's own condition operators.
/// </summary>
public sealed record CustomStatementGrant(
    string? StatementSid,
    IReadOnlyList<string> Actions,
    IReadOnlyList<string> Arns,
    IReadOnlyList<PolicyCondition> Conditions) : Grant
{
    public const string DefaultSid = "Custom";

    public static readonly GrantKind Definition = new("statements", ["sid", "actions", "resources", "conditions"], Read);

    public override GrantKind Kind => Definition;

    // The sid names the statement; without one, what it grants on what does.
    public override string Resource => StatementSid
        ?? $"{string.Join(",", Actions.Order(StringComparer.Ordinal))} on {string.Join(",", Arns.Order(StringComparer.Ordinal))}";

    // The Sid itself says what the statement is for; a colliding "Custom" gets the grant's hash.
    public override string SidStem => "";
    public override string Describe() => $"statements '{StatementSid ?? DefaultSid}' ({string.Join(", ", Actions)} on {string.Join(", ", Arns)})";

    public override IReadOnlyList<PolicyStatement> Statements(ArnScope scope) =>
        [new(StatementSid ?? DefaultSid, Actions, Arns, Conditions)];

    private static CustomStatementGrant? Read(ConfigEntry entry, ResourceRules rules)
    {
        var sid = entry.Optional("sid");
        var actions = entry.RequiredStrings("actions", CustomStatementRules.ActionRule);
        var resources = entry.RequiredStrings("resources", CustomStatementRules.ArnRule);
        var block = entry.OptionalObject("conditions", ConditionBlock.Rule);
        var conditions = block is { } written ? ConditionBlock.Read(written, $"{entry.Path}.conditions", rules.Problems) : [];

        var valid = sid is null || rules.Problems.Check(CustomStatementRules.IsSid(sid), $"{entry.Path}.sid", sid, $"must be {CustomStatementRules.SidRule}");
        foreach (var action in actions ?? [])
        {
            valid &= rules.Problems.Check(CustomStatementRules.IsAction(action.Value), action.Key, action.Value, $"must be {CustomStatementRules.ActionRule}");
        }
        foreach (var resource in resources ?? [])
        {
            valid &= rules.Arn(resource.Key, resource.Value, CustomStatementRules.Arn, CustomStatementRules.ArnRule)
                && rules.Problems.Check(CustomStatementRules.WildcardNarrowsName(CustomStatementRules.Arn(resource.Value)), resource.Key, resource.Value, $"must have {CustomStatementRules.WildcardRule}");
        }
        return valid && actions is not null && resources is not null && conditions is not null && (block is not null || !entry.Has("conditions"))
            ? new CustomStatementGrant(sid, [.. actions.Select(a => a.Value)], [.. resources.Select(r => r.Value)], conditions)
            : null;
    }
}
