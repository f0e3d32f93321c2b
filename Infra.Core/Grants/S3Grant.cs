using Infra.Core.Policies;
using Infra.Core.Settings;

namespace Infra.Core.Grants;

/// <summary>An S3 bucket, or only the keys under <see cref="Prefix"/>: listing and objects.</summary>
public sealed record S3Grant(string Bucket, string? Prefix, AccessLevel Access) : Grant
{
    public static readonly IReadOnlyList<string> ReadObjectActions = ["s3:GetObject"];

    // AbortMultipartUpload lets the SDK's multipart uploads clean up after themselves.
    public static readonly IReadOnlyList<string> WriteObjectActions =
        ["s3:AbortMultipartUpload", "s3:DeleteObject", "s3:PutObject"];

    public override string Kind => "s3";
    public override string Resource => $"{Bucket}/{Prefix}";
    public override string SidStem => Sid.Words(Bucket) + Sid.Words(Prefix ?? "");
    public override string Describe() => $"s3 bucket '{Bucket}'{(Prefix is null ? "" : $" prefix '{Prefix}'")} ({Access.ToConfigValue()})";

    public override IReadOnlyList<PolicyStatement> Statements(ArnScope scope, string sidSuffix)
    {
        var bucket = scope.Arn("s3", Bucket, regional: false, inAccount: false);
        IReadOnlyList<PolicyCondition> listCondition = Prefix is null
            ? []
            : [new("StringLike", "s3:prefix", [$"{Prefix}*"])];
        var objectActions = Access == AccessLevel.Read ? ReadObjectActions : [.. ReadObjectActions, .. WriteObjectActions];
        return
        [
            new($"S3List{SidStem}{sidSuffix}", ["s3:ListBucket"], [bucket], listCondition),
            new($"S3{Level(Access)}Objects{SidStem}{sidSuffix}", objectActions, [$"{bucket}/{Prefix}*"]),
        ];
    }
}
