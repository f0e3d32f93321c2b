using System.Text.RegularExpressions;

namespace Infra.Core.Grants;

/// <summary>S3's rules for bucket names and the key prefixes an <c>s3</c> grant may name.</summary>
public static partial class S3Names
{
    public const string BucketRule = "an S3 bucket name (3 to 63 of a-z 0-9 . -, starting and ending with a letter or digit, or a prefix ending in '*'; never a bare '*'; not one of S3's reserved prefixes or suffixes)";
    public const string PrefixRule = "a key prefix ending in '/' (e.g. 'uploads/'), not starting with '/', without '*' or '?'; leave it out for the whole bucket";

    public static bool IsBucket(string value) =>
        value.Length <= 63 && !value.Contains("..", StringComparison.Ordinal) && !IpLike().IsMatch(value)
        && !Reserved().IsMatch(value)
        && (Name().IsMatch(value) || Prefix().IsMatch(value));

    public static bool IsKeyPrefix(string prefix) =>
        prefix.Length is > 1 and <= 1024 && prefix.EndsWith('/') && !prefix.StartsWith('/')
        && prefix.IndexOfAny(['*', '?']) < 0 && !prefix.Any(char.IsControl);

    [GeneratedRegex(@"^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]\z")]
    private static partial Regex Name();

    [GeneratedRegex(@"^[a-z0-9][a-z0-9.-]*\*\z")]
    private static partial Regex Prefix();

    [GeneratedRegex(@"^(?:xn--|sthree-|amzn-s3-demo-)|(?:-s3alias|--ol-s3|\.mrap|--x-s3|--table-s3)\z")]
    private static partial Regex Reserved();

    [GeneratedRegex(@"^[0-9]+\.[0-9]+\.[0-9]+\.[0-9]+\z")]
    private static partial Regex IpLike();
}
