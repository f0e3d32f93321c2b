using System.Text.RegularExpressions;

namespace Infra.Core.Settings;

/// <summary>An AWS region and the partition it belongs to (the partition follows from the region).</summary>
public static partial class AwsRegion
{
    /// <summary>A region's form, unanchored, for the patterns that embed one (ARN formats).</summary>
    public const string Form = "[a-z]{2,4}(?:-[a-z]+)+-[0-9]{1,2}";

    // Longest prefix first: "us-gov-" and the ISO regions must win over the plain "aws" partition.
    private static readonly (string Prefix, string Partition)[] Partitions =
    [
        ("us-gov-", "aws-us-gov"),
        ("us-isob-", "aws-iso-b"),
        ("us-isof-", "aws-iso-f"),
        ("us-iso-", "aws-iso"),
        ("eu-isoe-", "aws-iso-e"),
        ("eusc-", "aws-eusc"),
        ("cn-", "aws-cn"),
    ];

    public static bool IsValid(string region) => Pattern().IsMatch(region);

    public static string PartitionOf(string region) =>
        Partitions.FirstOrDefault(p => region.StartsWith(p.Prefix, StringComparison.Ordinal)).Partition ?? "aws";

    [GeneratedRegex("^" + Form + @"\z")]
    private static partial Regex Pattern();
}
