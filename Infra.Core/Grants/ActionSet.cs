using Infra.Core.Reference;
using Infra.Core.Settings;

namespace Infra.Core.Grants;

/// <summary>
/// What a named kind can grant: its service, the reference's resource types it renders, and its
/// levels (a kind without an <c>access</c> field has one fixed level). An entry's <c>actions</c> may
/// name any action of the service that the reference applies to one of those types.
/// </summary>
public sealed class ActionSet(string list, string service, IReadOnlyList<string> resourceTypes, Levels levels)
{
    private readonly Lazy<IReadOnlyList<string>> _grantable = new(() =>
        [.. ServiceReference.Aws.ActionsOn(service, resourceTypes).Select(a => a.FullName)]);

    public string Service => service;

    public IReadOnlyList<string> ResourceTypes => resourceTypes;

    public Levels Levels => levels;

    /// <summary>Every action an <c>actions</c> entry of this list may name, in AWS's spelling.</summary>
    public IReadOnlyList<string> Grantable => _grantable.Value;

    public string Rule =>
        $"full action names as AWS spells them (e.g. '{levels.All[0].Actions[0]}'), each once: {service} actions that apply to a resource of type {string.Join(" or ", resourceTypes)}";

    /// <summary>
    /// The <c>access</c> level or the entry's <c>actions</c>, exactly one of them; null after a problem
    /// (both are checked, so every problem of the entry is reported at once).
    /// </summary>
    public Level? ReadAccess(ConfigEntry entry, Problems problems)
    {
        var (hasAccess, hasActions) = (entry.Has("access"), entry.Has("actions"));
        if (!hasAccess && !hasActions)
        {
            problems.Add($"{entry.Path}.access", null, $"required: {levels.Rule} (case matters); or, instead, {entry.Path}.actions: a list of {Rule}");
            return null;
        }
        var access = hasAccess ? entry.Choice("access", levels.Names) : null;
        var actions = ReadActions(entry, problems);
        if (hasAccess && hasActions)
        {
            problems.Add($"{entry.Path}.access", entry.Optional("access"), $"give {entry.Path}.access or {entry.Path}.actions, not both: a level, or exactly the actions");
            return null;
        }
        return access is not null ? levels[access] : actions;
    }

    /// <summary>A kind with one fixed level: that level, the entry's <c>actions</c>, or null after a problem.</summary>
    public Level? ReadFixed(ConfigEntry entry, Problems problems, Level fixedLevel) =>
        entry.Has("actions") ? ReadActions(entry, problems) : fixedLevel;

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
                $"lands on no resource of this entry: it applies to {string.Join(" or ", resourceTypes.Where(ServiceReference.Aws.Action(action)!.AppliesTo))}, "
                + $"and this entry grants on {here} (a condition takes only actions that support its key): give it in an entry that reaches such a resource, or in 'statements'");
        }
        return valid ? grant : null;
    }

    private Level? ReadActions(ConfigEntry entry, Problems problems)
    {
        if (entry.OptionalStrings("actions", Rule) is not { } items)
        {
            return null;
        }
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var valid = true;
        foreach (var item in items)
        {
            var fault = Fault(item.Value, seen);
            valid &= problems.Check(fault is null, item.Key, item.Value, fault ?? "");
        }
        return valid ? Level.Of([.. items.Select(i => i.Value)]) : null;
    }

    private string? Fault(string written, HashSet<string> seen)
    {
        var exact = Grantable.FirstOrDefault(a => string.Equals(a, written, StringComparison.OrdinalIgnoreCase));
        var info = ServiceReference.Aws.Action(written);
        return written switch
        {
            _ when written.IndexOfAny(['*', '?']) >= 0 => $"must name one action, without '*' or '?': list each action the app calls{Hint(written)}",
            _ when !seen.Add(written) => "is listed twice: list each action once",
            _ when exact is not null && exact != written => $"must be spelt as AWS spells it: '{exact}'",
            _ when info is null && ServiceOf(written) != service =>
                $"is not an action of {service}: a '{list}' entry grants {service}: actions only; give other services' actions in their own list or in 'statements'{Hint(written)}",
            _ when info is null => $"is not an action in AWS's Service Authorization Reference{Hint(written)}",
            _ when info.Service != service =>
                $"is an action of {info.Service}, not {service}: a '{list}' entry grants {service}: actions only; give it in the {info.Service} list or in 'statements'{Hint(written)}",
            _ when !resourceTypes.Any(info.AppliesTo) =>
                $"applies to none of the resource types a '{list}' entry grants on ({string.Join(", ", resourceTypes)}){Hint(written)}",
            _ => null,
        };
    }

    private static string ServiceOf(string written) => written.IndexOf(':') is > 0 and var colon ? written[..colon] : "";

    private string Hint(string written) =>
        ServiceReference.Aws.NearestAction(written, Grantable) is { } nearest
            ? $"; did you mean '{nearest}'?"
            : $"; docs/config.md lists what a '{list}' entry can grant";
}
