using Infra.Core.Reference;
using Infra.Core.Settings;

namespace Infra.Core.Grants.Statements;

/// <summary>
/// Actions and resources checked against each other: each resource is an ARN of a resource type
/// of a listed action (region and account exactly where that type's format has them, as
/// <see cref="ResourceTypeInfo.Matches"/> decides), each action applies to a listed resource,
/// and <c>"*"</c> stands only in a statement whose every action takes it.
/// </summary>
public static class StatementResources
{
    private const int FormatsShown = 4;

    /// <param name="allResources">Whether <paramref name="resources"/> are all the statement's: only then does each action have to apply to one.</param>
    public static bool Check(IReadOnlyList<(ConfigItem Item, ActionInfo Action)> actions, IReadOnlyList<ConfigItem> resources, bool allResources, Problems problems)
    {
        var arns = resources.Where(r => r.Value != WildcardResource.Text).ToList();
        var valid = true;
        foreach (var star in resources.Where(r => r.Value == WildcardResource.Text))
        {
            var needArns = actions.Where(a => !WildcardResource.Allows(a.Action)).Select(a => a.Action.FullName).ToList();
            valid &= problems.Check(needArns.Count == 0, star.Key, star.Value,
                $"'*' stands only in a statement whose every action takes no resource (such as cloudwatch:PutMetricData or xray:PutTraceSegments); these need ARNs: {string.Join(", ", needArns)}: give them their resources' ARNs in a statement of their own");
        }
        var listed = actions.SelectMany(a => TypesOf(a.Action)).Distinct().ToList();
        var typed = arns.Select(a => (Item: a, Types: TypesOfArn(a.Value, listed))).ToList();
        foreach (var (arn, types) in typed)
        {
            valid &= problems.Check(types.Count > 0, arn.Key, arn.Value, listed.Count == 0
                ? "the listed actions take no resource (AWS requires \"*\" for them): write \"*\""
                : $"is no ARN of a resource type of the listed actions: write {Formats(listed)} (region and account exactly where the format has them)");
        }
        var hasStar = arns.Count < resources.Count;
        // An action that '*' already named is reported there; when no resource fits any action,
        // the resources' problems already say what to write.
        var anyFits = allResources && (hasStar || typed.Any(t => t.Types.Count > 0));
        foreach (var (item, action) in actions.Where(a => anyFits && (!hasStar || WildcardResource.Allows(a.Action))))
        {
            var applies = hasStar || typed.Any(r => r.Types.Any(TypesOf(action).Contains));
            valid &= problems.Check(applies, item.Key, item.Value, action.Resources.Count == 0
                ? "takes no resource (AWS requires \"*\" for it): give it a statement of its own with resources [\"*\"]"
                : $"applies to none of the listed resources: add {Formats(TypesOf(action))}, or move it to a statement with such a resource");
        }
        return valid;
    }

    /// <summary>
    /// The listed resource types an ARN is of: those whose format it matches, less any that a
    /// more specific match refines. A listed type refines by any longer format (next to
    /// s3:GetObject, arn:aws:s3:::uploads/* is an object, not a bucket named "uploads/*"); any
    /// type of the service refines where its format goes on with '/' into a child resource, so
    /// s3:ListBucket alone on arn:aws:s3:::uploads/* (an object) or dynamodb:GetItem on
    /// ...:table/orders/index/* (an index) is refused. A ':' goes on with a qualifier of the same
    /// resource: a qualified function:orders:* stays a function for lambda:InvokeFunction.
    /// </summary>
    private static List<ResourceTypeInfo> TypesOfArn(string arn, IReadOnlyList<ResourceTypeInfo> listed)
    {
        var matching = listed.Where(t => t.Matches(arn)).ToList();
        var children = matching.Select(t => t.Service).Distinct()
            .SelectMany(ServiceReference.Aws.ResourceTypes)
            .Where(t => t.Matches(arn))
            .ToList();
        return [.. matching.Where(t => !matching.Any(u => Refines(u, t, "")) && !children.Any(u => Refines(u, t, "/")))];
    }

    private static bool Refines(ResourceTypeInfo specific, ResourceTypeInfo general, string next) =>
        specific.LiteralFormats.Any(s => general.LiteralFormats.Any(g =>
            s.Length > g.Length && s.StartsWith(g + next, StringComparison.Ordinal)));

    private static IEnumerable<ResourceTypeInfo> TypesOf(ActionInfo action) =>
        action.Resources.Select(r => ServiceReference.Aws.ResourceType(action.Service, r.Type)).OfType<ResourceTypeInfo>();

    private static string Formats(IEnumerable<ResourceTypeInfo> types)
    {
        var formats = types.SelectMany(t => t.Arns.Select(a => $"{t.Name}: {a}")).Distinct().ToList();
        return "an ARN of " + string.Join("; or ", formats.Take(FormatsShown)) + (formats.Count > FormatsShown ? $"; or one of {formats.Count - FormatsShown} more" : "");
    }
}
