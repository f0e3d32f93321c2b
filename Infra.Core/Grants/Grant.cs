using Infra.Core.Policies;
using Infra.Core.Settings;

namespace Infra.Core.Grants;

/// <summary>
/// One entry of <c>access</c>: which resource, and exactly the statements it needs
/// (in the spirit of the AWS CDK's <c>grant*</c> methods).
/// </summary>
public abstract record Grant
{
    /// <summary>The config list the grant comes from: <c>dynamodb</c>, <c>s3</c>, <c>lambda</c>, <c>kms</c>.</summary>
    public abstract string Kind { get; }

    /// <summary>The resource as the stack file names it; with <see cref="Kind"/> it identifies the grant.</summary>
    public abstract string Resource { get; }

    /// <summary>What decides the grant's policy slot: the resource, never its access level or neighbours.</summary>
    public string Identity => $"{Kind}:{Resource}";

    /// <summary>A readable Sid stem, letters and digits only.</summary>
    public abstract string SidStem { get; }

    public abstract string Describe();

    /// <param name="sidSuffix">Empty, or a short hash when two grants' stems would collide.</param>
    public abstract IReadOnlyList<PolicyStatement> Statements(ArnScope scope, string sidSuffix);

    protected static string Level(AccessLevel access) => access == AccessLevel.Read ? "Read" : "ReadWrite";
}
