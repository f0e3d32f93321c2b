using Infra.Core.Settings;

namespace Infra.Core.Grants;

/// <summary>
/// One list of <c>access</c>: its name, the fields an entry may have, and how an entry becomes a
/// grant (reporting every problem it finds to <see cref="ResourceRules.Problems"/>).
/// </summary>
public sealed record GrantKind(string Name, IReadOnlyList<string> Fields, Func<ConfigEntry, ResourceRules, Grant?> Read);
