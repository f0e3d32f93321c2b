using Infra.Core.Settings;

namespace Infra.Core.Grants;

/// <summary>
/// One list of <c>access</c>: its name, the fields an entry may have, and how an entry becomes a
/// grant (reporting every problem it finds to <see cref="ResourceRules.Problems"/>); for a named kind,
/// what it can grant (<see cref="ActionSet"/>), null for <c>statements</c>.
/// </summary>
public sealed record GrantKind(string Name, IReadOnlyList<string> Fields, Func<ConfigEntry, ResourceRules, Grant?> Read, ActionSet? Actions = null);
