using Infra.Core.Reference;

namespace Infra.Core.Grants.Statements;

/// <summary>
/// When <c>"*"</c> may stand as a resource: only for an action that cannot name one. The reference
/// lists no resource type for such actions, and AWS then requires <c>"*"</c>
/// (https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazons3.html, "If
/// there is no value for this column, you must specify all resources"). "Not required" alone is
/// no such sign: iam-data marks s3:GetObject's object types not required too (the reference's
/// "choose one of the optional types"), and "*" would then grant every object of every bucket.
/// </summary>
public static class WildcardResource
{
    public const string Text = "*";

    // Optional resource types that a call without them still passes through "*": CloudWatch's
    // datasets (OTLP ingest), while its guide grants PutMetricData on "*", narrowed by
    // cloudwatch:namespace (https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/iam-cw-condition-keys-namespace.html).
    private static readonly string[] OptionalScopes = ["cloudwatch:dataset"];

    public static bool Allows(ActionInfo action) =>
        action.Resources.All(r => !r.Required && OptionalScopes.Contains($"{action.Service}:{r.Type}", StringComparer.Ordinal));
}
