using Infra.Core.Grants;

namespace Infra.Core.Policies;

/// <summary>A statement merged from the grants of one slot; <see cref="First"/> is its first grant in canonical order.</summary>
public sealed record MergedStatement(Grant First, PolicyStatement Statement);
