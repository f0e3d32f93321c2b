using Infra.Core.Policies;
using Infra.Core.Reference;
using Infra.Core.Settings;

namespace Infra.Core.Grants.Statements;

/// <summary>
/// A written statement against AWS's Service Authorization Reference: its actions exist, its
/// resources fit them, its condition keys apply to them, and no action escalates privilege
/// unless the statement says so. Every problem is reported; the result says whether there was one.
/// </summary>
public static class StatementCheck
{
    private const int NearestLimit = 200;

    /// <param name="actions">The statement's well-formed actions; <paramref name="allActions"/> says whether they are all of them.</param>
    /// <param name="resources">The well-formed resources; <paramref name="allResources"/> says whether they are all of them.</param>
    public static bool Check(string path, IReadOnlyList<ConfigItem> actions, bool allActions, IReadOnlyList<ConfigItem> resources, bool allResources, IReadOnlyList<PolicyCondition>? conditions, bool allowEscalation, Problems problems)
    {
        if (actions.Count == 0 || StatementActions.Resolve(actions, problems) is not { } known)
        {
            return false;
        }
        var valid = allActions;
        // What a resource or condition key must fit depends on every action of the statement.
        if (allActions)
        {
            valid &= StatementResources.Check(known, resources, allResources, problems);
        }
        foreach (var condition in allActions ? conditions ?? [] : [])
        {
            valid &= ConditionKey(condition, $"{path}.conditions.{condition.Operator}.{condition.Key}", [.. known.Select(k => k.Action)], problems);
        }
        foreach (var (item, action) in known.Where(k => PrivilegeEscalation.Actions.Contains(k.Action.FullName) && !allowEscalation))
        {
            valid &= problems.Check(false, item.Key, item.Value,
                $"lets the role gain more than it holds (privilege escalation, {PrivilegeEscalation.Source}): leave it out, or set '{PrivilegeEscalation.Field}: true' on this statement after review (the preview then warns)");
        }
        return valid;
    }

    /// <summary>The escalating actions of a statement, for the warning when it allows them.</summary>
    public static IReadOnlyList<string> Escalating(IEnumerable<string> actions) =>
        [.. actions.Where(PrivilegeEscalation.Actions.Contains)];

    private static bool ConditionKey(PolicyCondition condition, string key, IReadOnlyList<ActionInfo> actions, Problems problems)
    {
        var reference = ServiceReference.Aws;
        if (reference.ConditionKeyExists(condition.Key, actions))
        {
            return true;
        }
        var nearest = condition.Key.Length <= NearestLimit ? reference.NearestConditionKey(condition.Key, actions) : null;
        problems.Add(key, condition.Key, "is no global condition key and none of the listed actions or their resource types: "
            + (nearest is null ? "see the actions' condition keys in the Service Authorization Reference" : $"did you mean '{nearest}'?"));
        return false;
    }
}
