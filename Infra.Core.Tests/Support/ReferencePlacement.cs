using Infra.Core.Grants;
using Infra.Core.Reference;

namespace Infra.Core.Tests.Support;

/// <summary>What AWS's service reference says a statement of a level on one resource type holds.</summary>
public static class ReferencePlacement
{
    /// <summary>The level's actions that the reference applies to the resource type, in the level's order.</summary>
    public static IReadOnlyList<string> On(Level level, string resourceType) =>
        [.. level.Actions.Where(a => ServiceReference.Aws.Action(a)?.AppliesTo(resourceType) == true)];
}
