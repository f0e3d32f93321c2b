using Infra.Core.Grants.Statements;
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
    IReadOnlyList<PolicyCondition> Conditions,
    string? Warning = null) : Grant
{
    public const string DefaultSid = "Custom";

    public static readonly GrantKind Definition = new("statements", ["sid", "actions", "resources", "conditions", PrivilegeEscalation.Field], Read);

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
        var allowEscalation = entry.OptionalFlag(PrivilegeEscalation.Field);

        var valid = sid is null || rules.Problems.Check(CustomStatementRules.IsSid(sid), $"{entry.Path}.sid", sid, $"must be {CustomStatementRules.SidRule}");
        var actionsValid = actions is not null;
        foreach (var action in actions ?? [])
        {
            actionsValid &= rules.Problems.Check(CustomStatementRules.IsAction(action.Value), action.Key, action.Value, $"must be {CustomStatementRules.ActionRule}");
        }
        var wellFormedResources = (resources ?? []).Where(resource => resource.Value == WildcardResource.Text
            || (rules.Arn(resource.Key, resource.Value, CustomStatementRules.Arn, CustomStatementRules.ArnRule)
                && rules.Problems.Check(CustomStatementRules.WildcardNarrowsName(CustomStatementRules.Arn(resource.Value)), resource.Key, resource.Value, $"must have {CustomStatementRules.WildcardRule}"))).ToList();
        var resourcesValid = resources is not null && wellFormedResources.Count == resources.Count;
        // Against the reference, every problem at once: the well-formed actions (a malformed one has
        // no nearest real one), then the well-formed resources and the condition keys once every
        // action is known.
        var wellFormed = (actions ?? []).Where(a => CustomStatementRules.IsAction(a.Value)).ToList();
        valid &= StatementCheck.Check(entry.Path, wellFormed, actionsValid, wellFormedResources, resourcesValid, conditions, allowEscalation, rules.Problems)
            && actionsValid && resourcesValid;
        return valid && conditions is not null && (block is not null || !entry.Has("conditions"))
            ? new CustomStatementGrant(sid, [.. actions!.Select(a => a.Value)], [.. resources!.Select(r => r.Value)], conditions, Warn(entry.Path, sid, actions!, allowEscalation))
            : null;
    }

    private static string? Warn(string path, string? sid, IReadOnlyList<ConfigItem> actions, bool allowEscalation) =>
        allowEscalation && StatementCheck.Escalating(actions.Select(a => a.Value)) is { Count: > 0 } escalating
            ? $"{path} (sid '{sid ?? DefaultSid}') sets {PrivilegeEscalation.Field}: {string.Join(", ", escalating)} let the role gain more than it holds ({PrivilegeEscalation.Source}); keep its resources and conditions as narrow as they can be"
            : null;
}
