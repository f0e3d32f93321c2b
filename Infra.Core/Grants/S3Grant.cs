using Infra.Core.Policies;
using Infra.Core.Settings;

namespace Infra.Core.Grants;

/// <summary>An S3 bucket, or only the keys under <see cref="Prefix"/>: listing and objects.</summary>
public sealed record S3Grant(string Bucket, string? Prefix, string Access) : Grant
{
    public static readonly GrantKind Definition = new("s3", ["bucket", "prefix", "access"], Read);

    private static readonly IReadOnlyList<string> Reads = ["s3:ListBucket", "s3:GetObject"];

    // Multipart and resumable uploads: the SDK's Upload aborts a failed upload and lists the parts of one it resumes.
    private static readonly IReadOnlyList<string> Puts = ["s3:PutObject", "s3:AbortMultipartUpload", "s3:ListMultipartUploadParts"];
    private static readonly IReadOnlyList<string> Deletes = ["s3:DeleteObject"];

    /// <summary>The AWS CDK's <c>grantRead</c>, <c>grantPut</c>, <c>grantDelete</c>, <c>grantWrite</c>, <c>grantReadWrite</c>.</summary>
    public static readonly Levels Levels = new(
        new("read", "Read", Reads),
        new("put", "Put", Puts),
        new("delete", "Delete", Deletes),
        new("write", "Write", Levels.Union(Puts, Deletes)),
        new("readWrite", "ReadWrite", Levels.Union(Reads, Puts, Deletes)));

    /// <summary>The actions authorised on the bucket (resource type <c>bucket</c>); every other one is on objects.</summary>
    public static readonly IReadOnlyList<string> BucketActions = ["s3:ListBucket"];

    public override GrantKind Kind => Definition;
    public override string Resource => $"{Bucket}/{Prefix}";
    public override string SidStem => Sid.Words(Bucket) + Sid.Words(Prefix ?? "");
    public override string Describe() => $"s3 bucket '{Bucket}'{(Prefix is null ? "" : $" prefix '{Prefix}'")} ({Access})";

    public override IReadOnlyList<PolicyStatement> Statements(ArnScope scope)
    {
        var bucket = scope.Arn("s3", Bucket, regional: false, inAccount: false);
        IReadOnlyList<PolicyCondition> listCondition = Prefix is null
            ? []
            : [new("StringLike", "s3:prefix", [$"{Prefix}*"])];
        var level = Levels[Access];
        var onBucket = level.Actions.Where(BucketActions.Contains).ToList();
        var onObjects = level.Actions.Except(BucketActions).ToList();
        return
        [
            .. onBucket.Count == 0 ? [] : new[] { new PolicyStatement("S3List", onBucket, [bucket], listCondition) },
            .. onObjects.Count == 0 ? [] : new[] { new PolicyStatement($"S3{level.SidWord}Objects", onObjects, [$"{bucket}/{Prefix}*"]) },
        ];
    }

    private static S3Grant? Read(ConfigEntry entry, ResourceRules rules)
    {
        var bucket = entry.Required("bucket", S3Names.BucketRule);
        var prefix = entry.Optional("prefix");
        var access = Levels.Read(entry);
        var valid = bucket is not null
            && rules.Problems.Check(S3Names.IsBucket(bucket), $"{entry.Path}.bucket", bucket, $"must be {S3Names.BucketRule}");
        valid &= prefix is null || rules.Problems.Check(S3Names.IsKeyPrefix(prefix), $"{entry.Path}.prefix", prefix, $"must be {S3Names.PrefixRule}");
        return valid && access is not null ? new S3Grant(bucket!, prefix, access) : null;
    }
}
