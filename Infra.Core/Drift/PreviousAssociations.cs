using Infra.Core.Association;

namespace Infra.Core.Drift;

/// <summary>
/// The targets this stack associated as of its last <c>pulumi up</c>, from that run's <c>associations</c>
/// output (<see cref="AssociationTarget.Id"/> each). Unknown when that output is absent: a stack
/// never deployed, or deployed before the output existed.
/// </summary>
public sealed class PreviousAssociations
{
    public const string OutputName = "associations";

    private readonly HashSet<string>? _ids;

    private PreviousAssociations(HashSet<string>? ids) => _ids = ids;

    public static PreviousAssociations Unknown { get; } = new(null);

    public static PreviousAssociations Of(IEnumerable<string> ids) => new(ids.ToHashSet(StringComparer.Ordinal));

    /// <summary>The output's value as a stack reference returns it: a list of strings, or null when absent.</summary>
    public static PreviousAssociations FromOutput(object? value) =>
        value is IEnumerable<object> ids ? Of(ids.OfType<string>()) : Unknown;

    /// <summary>Unknown counts every target as associated: the check a new stack needs is the stack role's absence.</summary>
    public bool Contains(AssociationTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        return _ids is null || _ids.Contains(target.Id);
    }
}
