namespace Infra.Core.Settings;

/// <summary>Where ARNs point: the stack's partition, region and account.</summary>
public sealed record ArnScope(string Partition, string Region, string AccountId)
{
    /// <summary>
    /// An account id is always 12 digits, so a document rendered for this placeholder has the
    /// size of the real one: sizes and packing are decided before any Pulumi output resolves.
    /// </summary>
    public const string PlaceholderAccountId = "123456789012";

    public string Arn(string service, string resource, bool regional = true, bool inAccount = true) =>
        $"arn:{Partition}:{service}:{(regional ? Region : "")}:{(inAccount ? AccountId : "")}:{resource}";
}
