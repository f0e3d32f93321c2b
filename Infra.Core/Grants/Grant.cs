using Infra.Core.Policies;
using Infra.Core.Settings;

namespace Infra.Core.Grants;

/// <summary>
/// One entry of <c>access</c>: which resource, and exactly the statements it needs
/// (in the spirit of the AWS CDK's <c>grant*</c> methods).
/// </summary>
public abstract record Grant
{
    /// <summary>The config list the grant comes from, with its fields and reader.</summary>
    public abstract GrantKind Kind { get; }

    /// <summary>The resource as the stack file names it; with <see cref="Kind"/> it identifies the grant.</summary>
    public abstract string Resource { get; }

    /// <summary>What decides the grant's policy slot: the resource, never its access level or neighbours.</summary>
    public string Identity => $"{Kind.Name}:{Resource}";

    /// <summary>
    /// A readable Sid stem naming the resource, letters and digits only: it tells apart statements of
    /// one group that cannot merge in one policy (e.g. two <c>S3List</c> with different prefixes).
    /// </summary>
    public abstract string SidStem { get; }

    public abstract string Describe();

    /// <summary>
    /// The statements, each with a Sid that names what it grants (<c>DynamoDbReadWrite</c>), not the
    /// resource: statements of one slot with the same Sid, actions and conditions merge into one.
    /// </summary>
    public abstract IReadOnlyList<PolicyStatement> Statements(ArnScope scope);

}
