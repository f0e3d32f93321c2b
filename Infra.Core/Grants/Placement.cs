using Infra.Core.Policies;
using Infra.Core.Reference;
using Infra.Core.Settings;

namespace Infra.Core.Grants;

/// <summary>A statement and the resource type its resources are of.</summary>
public sealed record Placed(string Type, PolicyStatement Statement);

/// <summary>
/// The one rendering path of the named kinds: each target gets, in the level's order, the actions that
/// AWS's Service Authorization Reference applies to its resource type; a target none applies to is left out.
/// </summary>
public static class Placement
{
    public static IReadOnlyList<Placed> Place(IReadOnlyList<string> actions, IReadOnlyList<Target> targets, ArnScope scope) =>
        [.. targets.Select(t => Place(actions, t, scope)).OfType<Placed>()];

    /// <summary>
    /// The statements: targets in a row that get the same actions and conditions share one statement
    /// (an SES identity and its configuration set), under the first one's Sid.
    /// </summary>
    public static IReadOnlyList<PolicyStatement> Statements(IReadOnlyList<string> actions, IReadOnlyList<Target> targets, ArnScope scope)
    {
        var merged = new List<PolicyStatement>();
        foreach (var statement in Place(actions, targets, scope).Select(p => p.Statement))
        {
            if (merged.Count > 0 && merged[^1].GrantKey == statement.GrantKey)
            {
                merged[^1] = merged[^1] with { Resources = [.. merged[^1].Resources.Union(statement.Resources)] };
            }
            else
            {
                merged.Add(statement);
            }
        }
        return merged;
    }

    /// <summary>True when the reference applies the action to the target's type and lets its condition keys narrow it.</summary>
    public static bool Lands(string action, Target target, IReadOnlyList<PolicyCondition> conditions) =>
        ServiceReference.Aws.Action(action) is { } info
        && info.AppliesTo(target.Type)
        && (target.Takes?.Invoke(action) ?? true)
        && conditions.All(c => ServiceReference.Aws.ConditionKeyExists(c.Key, [info]));

    private static Placed? Place(IReadOnlyList<string> actions, Target target, ArnScope scope)
    {
        var conditions = target.Conditions?.Invoke(scope) ?? [];
        var landed = actions.Where(a => Lands(a, target, conditions)).ToList();
        return landed.Count == 0 ? null : new(target.Type, new(target.Sid, landed, target.Arns(scope), conditions));
    }
}
