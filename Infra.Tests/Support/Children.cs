using System.Reflection;
using Pulumi;

namespace Infra.Tests.Support;

/// <summary>
/// The resources declared with <c>Parent = x</c>. The mocks cannot tell: MockResourceArgs carries
/// no parent and the mock monitor's URNs keep only the root type (MockMonitor.NewUrn), so this
/// reads the SDK's own registry, the one DependsOn expands a component with.
/// </summary>
public static class Children
{
    private static readonly PropertyInfo Registry =
        typeof(Resource).GetProperty("ChildResources", BindingFlags.Instance | BindingFlags.NonPublic)
        ?? throw new InvalidOperationException("Pulumi.Resource.ChildResources is gone; find another witness of parents.");

    public static IReadOnlyList<Resource> Of(Resource parent)
    {
        var children = (HashSet<Resource>)Registry.GetValue(parent)!;
        lock (children)
        {
            return [.. children];
        }
    }
}
