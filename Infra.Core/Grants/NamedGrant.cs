using Infra.Core.Policies;
using Infra.Core.Settings;

namespace Infra.Core.Grants;

/// <summary>
/// An entry of one of the named lists (every kind but <c>statements</c>): a level, or the entry's own
/// <c>actions</c> as a level made on the fly, placed on the resources the kind renders for the entry.
/// </summary>
public abstract record NamedGrant : Grant
{
    /// <summary>The level the entry names (or the kind's fixed one), or its <c>actions</c>.</summary>
    public abstract Level Level { get; }

    /// <summary>The entry's resources, one per resource type (and Sid) the kind renders.</summary>
    public abstract IReadOnlyList<Target> Targets { get; }

    public override IReadOnlyList<PolicyStatement> Statements(ArnScope scope) => Placement.Statements(Level.Actions, Targets, scope);
}
