using Infra.Core.Reference;
using Infra.Core.Settings;

namespace Infra.Core.Grants.Statements;

/// <summary>
/// Each written action looked up in AWS's Service Authorization Reference. IAM matches action
/// names case-insensitively; this program takes them only in AWS's spelling, so that a policy
/// reads the same as the reference and the docs (the fix names the exact spelling).
/// </summary>
public static class StatementActions
{
    // Longer text is no typo of an action; the edit distance over it would only cost time.
    private const int NearestLimit = 200;

    /// <summary>The actions as the reference knows them, or null after reporting each unknown one.</summary>
    public static IReadOnlyList<(ConfigItem Item, ActionInfo Action)>? Resolve(IReadOnlyList<ConfigItem> actions, Problems problems)
    {
        var known = actions.Select(a => (Item: a, Action: Resolve(a, problems))).ToList();
        return known.All(k => k.Action is not null) ? [.. known.Select(k => (k.Item, k.Action!))] : null;
    }

    private static ActionInfo? Resolve(ConfigItem item, Problems problems)
    {
        var reference = ServiceReference.Aws;
        if (reference.Action(item.Value) is { } exact)
        {
            return exact;
        }
        var service = item.Value[..item.Value.IndexOf(':')];
        var close = item.Value.Length <= NearestLimit;
        if (!reference.HasService(service))
        {
            var nearest = close ? reference.NearestService(service) : null;
            problems.Add(item.Key, item.Value, $"unknown service '{service}' (not in AWS's Service Authorization Reference, iam-data {reference.Version}): "
                + (nearest is null ? "write the prefix of an AWS service, e.g. 's3:GetObject'" : $"did you mean '{nearest}'?"));
            return null;
        }
        if (reference.ActionIgnoringCase(item.Value) is { } cased)
        {
            problems.Add(item.Key, item.Value, $"write it as AWS spells it: '{cased.FullName}' (IAM ignores case, this program does not, so that policies read as the reference does)");
            return null;
        }
        var near = close ? reference.NearestAction(item.Value) : null;
        problems.Add(item.Key, item.Value, $"unknown action of '{service}' (iam-data {reference.Version}): "
            + (near is null ? $"list an action of the Service Authorization Reference's '{service}' page" : $"did you mean '{near}'?"));
        return null;
    }
}
