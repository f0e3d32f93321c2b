using Infra.Core.Reference;
using Infra.Core.Settings;

namespace Infra.Core.Grants;

/// <summary>
/// What a named kind can grant: its service, the reference's resource types it renders, and its
/// levels (a kind without an <c>access</c> field has one fixed level). An entry's <c>actions</c> may
/// name any action of the service that the reference applies to one of those types.
/// </summary>
public sealed partial class ActionSet(string list, string service, IReadOnlyList<string> resourceTypes, Levels levels)
{
    private readonly string _list = list;

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
}
