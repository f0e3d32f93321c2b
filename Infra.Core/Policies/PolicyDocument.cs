namespace Infra.Core.Policies;

/// <summary>An identity-based policy (no principal) or a trust policy (with a service principal).</summary>
public sealed record PolicyDocument(IReadOnlyList<PolicyStatement> Statements, string? ServicePrincipal = null)
{
    public const string Version = "2012-10-17";

    /// <summary>Compact canonical JSON: what AWS stores, and what IAM's size limit counts.</summary>
    public string ToJson() => PolicyJson.Write(this, indented: false);

    /// <summary>Indented canonical JSON, for snapshots and people.</summary>
    public string ToIndentedJson() => PolicyJson.Write(this, indented: true);

    /// <summary>IAM counts policy size without whitespace.</summary>
    public int Size => ToJson().Length;
}
