using Infra.Core.Policies;
using Infra.Core.Settings;

namespace Infra.Core.Grants;

/// <summary>An S3 bucket, or only the keys under <see cref="Prefix"/>: listing and objects.</summary>
public sealed record S3Grant(string Bucket, string? Prefix, Level Granted) : NamedGrant
{
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

    public static readonly ActionSet Actions = new("s3", "s3", ["bucket", "object"], Levels);

    public static readonly GrantKind Definition = new("s3", ["bucket", "prefix", "access", "actions"], Read, Actions);

    public S3Grant(string bucket, string? prefix, string access)
        : this(bucket, prefix, Levels[access])
    {
    }

    public override Level Level => Granted;
    public override GrantKind Kind => Definition;
    public override string Resource => $"{Bucket}/{Prefix}";
    public override string SidStem => Sid.Words(Bucket) + Sid.Words(Prefix ?? "");
    public override string Describe() => $"s3 bucket '{Bucket}'{(Prefix is null ? "" : $" prefix '{Prefix}'")} ({Granted.Label})";

    // A prefix narrows listing by s3:prefix and objects by their keys; a level's Sids keep their names.
    public override IReadOnlyList<Target> Targets =>
    [
        new("bucket", Granted.IsOwnActions ? "S3ActionsBucket" : "S3List", s => [Arn(s)],
            _ => Prefix is null ? [] : [new("StringLike", "s3:prefix", [$"{Prefix}*"])]),
        new("object", $"S3{Granted.SidWord}Objects", s => [$"{Arn(s)}/{Prefix}*"]),
    ];

    private string Arn(ArnScope scope) => scope.Arn("s3", Bucket, regional: false, inAccount: false);

    private static S3Grant? Read(ConfigEntry entry, ResourceRules rules)
    {
        var bucket = entry.Required("bucket", S3Names.BucketRule);
        var prefix = entry.Optional("prefix");
        var level = Actions.ReadAccess(entry, rules.Problems);
        var valid = bucket is not null
            && rules.Problems.Check(S3Names.IsBucket(bucket), $"{entry.Path}.bucket", bucket, $"must be {S3Names.BucketRule}");
        valid &= prefix is null || rules.Problems.Check(S3Names.IsKeyPrefix(prefix), $"{entry.Path}.prefix", prefix, $"must be {S3Names.PrefixRule}");
        return valid && level is not null ? Actions.Landed(new S3Grant(bucket!, prefix, level), entry, rules.Problems, rules.Partition) : null;
    }
}
