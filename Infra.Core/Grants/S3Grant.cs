using Infra.Core.Policies;
using Infra.Core.Settings;

namespace Infra.Core.Grants;

/// <summary>An S3 bucket, or only the keys under <see cref="Prefix"/>: listing and objects.</summary>
public sealed record S3Grant(string Bucket, string? Prefix, AccessLevel Access) : Grant
{
    public static readonly GrantKind Definition = new("s3", ["bucket", "prefix", "access"], Read);

    public static readonly IReadOnlyList<string> ReadObjectActions = ["s3:GetObject"];

    // AbortMultipartUpload lets the SDK's multipart uploads clean up after themselves.
    public static readonly IReadOnlyList<string> WriteObjectActions =
        ["s3:AbortMultipartUpload", "s3:DeleteObject", "s3:PutObject"];

    public override GrantKind Kind => Definition;
    public override string Resource => $"{Bucket}/{Prefix}";
    public override string SidStem => Sid.Words(Bucket) + Sid.Words(Prefix ?? "");
    public override string Describe() => $"s3 bucket '{Bucket}'{(Prefix is null ? "" : $" prefix '{Prefix}'")} ({Access.ToConfigValue()})";

    public override IReadOnlyList<PolicyStatement> Statements(ArnScope scope)
    {
        var bucket = scope.Arn("s3", Bucket, regional: false, inAccount: false);
        IReadOnlyList<PolicyCondition> listCondition = Prefix is null
            ? []
            : [new("StringLike", "s3:prefix", [$"{Prefix}*"])];
        var objectActions = Access == AccessLevel.Read ? ReadObjectActions : [.. ReadObjectActions, .. WriteObjectActions];
        return
        [
            new("S3List", ["s3:ListBucket"], [bucket], listCondition),
            new($"S3{Level(Access)}Objects", objectActions, [$"{bucket}/{Prefix}*"]),
        ];
    }

    private static S3Grant? Read(ConfigEntry entry, ResourceRules rules)
    {
        var bucket = entry.Required("bucket", S3Names.BucketRule);
        var prefix = entry.Optional("prefix");
        var access = entry.Access();
        var valid = bucket is not null
            && rules.Problems.Check(S3Names.IsBucket(bucket), $"{entry.Path}.bucket", bucket, $"must be {S3Names.BucketRule}");
        valid &= prefix is null || rules.Problems.Check(S3Names.IsKeyPrefix(prefix), $"{entry.Path}.prefix", prefix, $"must be {S3Names.PrefixRule}");
        return valid && access is { } level ? new S3Grant(bucket!, prefix, level) : null;
    }
}
