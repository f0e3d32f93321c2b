using Infra.Core.Grants;

namespace Infra.Core.Policies;

/// <summary>One managed policy of the compute role: a fixed slot and the grants that hash into it.</summary>
public sealed record PolicySlot(int Index, string Name, IReadOnlyList<Grant> Grants);
