using Infra.Core.Policies;
using Infra.Core.Settings;

namespace Infra.Core.Grants;

/// <summary>
/// One resource of an entry, as the kind renders it: the reference's resource type (<c>object</c>,
/// <c>index</c>), the statement's Sid, its ARNs and conditions. An action lands here when the reference
/// says it applies to <see cref="Type"/> and supports every condition key, and <see cref="Takes"/> allows it.
/// </summary>
public sealed record Target(
    string Type,
    string Sid,
    Func<ArnScope, IReadOnlyList<string>> Arns,
    Func<ArnScope, IReadOnlyList<PolicyCondition>>? Conditions = null,
    Func<string, bool>? Takes = null);
