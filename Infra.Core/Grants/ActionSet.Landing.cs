using Infra.Core.Reference;
using Infra.Core.Settings;

namespace Infra.Core.Grants;

/// <summary>Whether each of an entry's own actions reaches one of the entry's resources.</summary>
public sealed partial class ActionSet
{
    /// <summary>
    /// The grant, unless one of its own actions lands on none of this entry's resources (an action on the
    /// configuration set of an SES entry that names none, or one the entry's condition cannot narrow).
    /// </summary>
    public T? Landed<T>(T? grant, ConfigEntry entry, Problems problems, string partition)
        where T : NamedGrant
    {
        if (grant is not { Level.IsOwnActions: true })
        {
            return grant;
        }
        // Where an action lands depends on the types and condition keys alone, not on the ARNs.
        var scope = new ArnScope(partition, "us-east-1", ArnScope.PlaceholderAccountId);
        var targets = grant.Targets.Select(t => (Target: t, Conditions: t.Conditions?.Invoke(scope) ?? [])).ToList();
        var here = string.Join(", ", targets.Select(t => t.Conditions.Count == 0
            ? t.Target.Type
            : $"{t.Target.Type} narrowed by {string.Join(" and ", t.Conditions.Select(c => c.Key))}").Distinct());
        var valid = true;
        foreach (var (action, index) in grant.Level.Actions.Select((a, i) => (a, i)))
        {
            valid &= problems.Check(targets.Any(t => Placement.Lands(action, t.Target, t.Conditions)), $"{entry.Path}.actions[{index}]", action,
                $"lands on no resource of this entry: it applies to {string.Join(" or ", ResourceTypes.Where(ServiceReference.Aws.Action(action)!.AppliesTo))}, "
                + $"and this entry grants on {here} (a condition takes only actions that support its key): give it in an entry that reaches such a resource, or in 'statements'");
        }
        return valid ? grant : null;
    }
}
