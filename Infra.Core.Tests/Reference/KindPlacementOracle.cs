using System.Text.RegularExpressions;
using Infra.Core.Grants;
using Infra.Core.Policies;
using Infra.Core.Reference;

namespace Infra.Core.Tests.Reference;

/// <summary>
/// Reads a rendered statement as AWS's service reference would, independently of the kinds' targets:
/// each resource is of the most specific of the kind's resource types whose ARN format it fits
/// (a wildcard stands for any text), and each action must apply to that type.
/// </summary>
public static class KindPlacementOracle
{
    public static IEnumerable<string> Faults(ActionSet set, PolicyStatement statement)
    {
        foreach (var resource in statement.Resources)
        {
            var type = TypeOf(set, resource);
            if (type is null)
            {
                yield return $"{statement.Sid}: '{resource}' fits the ARN format of none of {string.Join(", ", set.ResourceTypes)}";
                continue;
            }
            foreach (var action in statement.Actions.Where(a => ServiceReference.Aws.Action(a)?.AppliesTo(type) != true))
            {
                yield return $"{statement.Sid}: {action} is on '{resource}' (type {type}), which the reference does not apply it to";
            }
        }
    }

    private static string? TypeOf(ActionSet set, string arn) =>
        set.ResourceTypes
            .SelectMany(t => ServiceReference.Aws.ResourceType(set.Service, t)!.Arns.Select(format => (Type: t, Format: format)))
            .Where(f => Loose(f.Format).IsMatch(arn))
            .OrderByDescending(f => ArnFormat.Literal(f.Format).Length)
            .Select(f => f.Type)
            .FirstOrDefault();

    // A placeholder is text without ':' (the last one any text), so a policy's wildcards fit it too.
    private static Regex Loose(string format)
    {
        var pieces = Regex.Split(format, @"\$\{[^}]+\}");
        var pattern = string.Join("", pieces.Select((p, i) => Regex.Escape(p) + (i == pieces.Length - 1 ? "" : i == pieces.Length - 2 && pieces[^1].Length == 0 ? ".+" : "[^:]+")));
        return new Regex($"^{pattern}\\z", RegexOptions.CultureInvariant);
    }
}
