using System.Text.RegularExpressions;

namespace Infra.Core.Settings;

/// <summary>
/// AWS's naming rules for what a stack file may name. A name may end in <c>*</c> after a
/// non-empty prefix (e.g. <c>my-app-dev-*</c>); a bare <c>*</c> never matches.
/// </summary>
public static partial class NameRules
{
    public const string AppIdRule = "an Amplify app id: 'd' then lowercase letters and digits, at most 20 characters (the app's General settings show it)";
    public const string TableRule = "a DynamoDB table name (3 to 255 of A-Z a-z 0-9 _ . -, or a prefix of them ending in '*'; never a bare '*') or a table ARN arn:<partition>:dynamodb:<region>:<account>:table/<name>";
    public const string BucketRule = "an S3 bucket name (3 to 63 of a-z 0-9 . -, starting and ending with a letter or digit, or a prefix ending in '*'; never a bare '*'; not one of S3's reserved prefixes or suffixes)";
    public const string FunctionRule = "a Lambda function name (1 to 64 of A-Z a-z 0-9 _ -, or a prefix ending in '*'; never a bare '*') or a function ARN arn:<partition>:lambda:<region>:<account>:function:<name>[:<version or alias>]";
    public const string KeyRule = "a KMS key ARN arn:<partition>:kms:<region>:<account>:key/<key id> (an alias does not authorise use of the key)";
    public const string RoleNameRule = "an IAM role name: 1 to 64 of A-Z a-z 0-9 + = , . @ _ -";
    public const string BoundaryRule = "an IAM managed policy ARN arn:<partition>:iam::<account or 'aws'>:policy/<path><name>";

    public static bool IsAppId(string value) => AppId().IsMatch(value);
    public static bool IsTableName(string value) => TableName().IsMatch(value) && value.Length <= 255;
    public static bool IsBucketName(string value) =>
        value.Length <= 63 && !value.Contains("..", StringComparison.Ordinal) && !IpLike().IsMatch(value)
        && !ReservedBucket().IsMatch(value)
        && (BucketName().IsMatch(value) || BucketPrefix().IsMatch(value));
    public static bool IsFunctionName(string value) => FunctionName().IsMatch(value);
    public static bool IsRoleName(string value) => RoleName().IsMatch(value);

    public static Match TableArn(string value) => TableArnPattern().Match(value);
    public static Match FunctionArn(string value) => FunctionArnPattern().Match(value);
    public static Match KeyArn(string value) => KeyArnPattern().Match(value);
    public static Match BoundaryArn(string value) => BoundaryArnPattern().Match(value);

    [GeneratedRegex("^d[a-z0-9]{1,19}$")]
    private static partial Regex AppId();

    [GeneratedRegex(@"^([A-Za-z0-9_.-]{3,255}|[A-Za-z0-9_.-]+\*)$")]
    private static partial Regex TableName();

    [GeneratedRegex("^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$")]
    private static partial Regex BucketName();

    [GeneratedRegex(@"^[a-z0-9][a-z0-9.-]*\*$")]
    private static partial Regex BucketPrefix();

    [GeneratedRegex(@"^(xn--|sthree-|amzn-s3-demo-)|(-s3alias|--ol-s3|\.mrap|--x-s3|--table-s3)$")]
    private static partial Regex ReservedBucket();

    [GeneratedRegex(@"^\d+\.\d+\.\d+\.\d+$")]
    private static partial Regex IpLike();

    [GeneratedRegex(@"^([A-Za-z0-9_-]{1,64}|[A-Za-z0-9_-]{1,63}\*)$")]
    private static partial Regex FunctionName();

    [GeneratedRegex("^[A-Za-z0-9+=,.@_-]{1,64}$")]
    private static partial Regex RoleName();

    [GeneratedRegex(@"^arn:(?<partition>aws[a-z-]*):dynamodb:(?<region>[a-z0-9-]+):(?<account>\d{12}):table/(?<name>[A-Za-z0-9_.-]{3,255}|[A-Za-z0-9_.-]+\*)$")]
    private static partial Regex TableArnPattern();

    [GeneratedRegex(@"^arn:(?<partition>aws[a-z-]*):lambda:(?<region>[a-z0-9-]+):(?<account>\d{12}):function:(?<name>[A-Za-z0-9_-]{1,64})(:(?<qualifier>\$LATEST|[A-Za-z0-9_-]{1,128}))?$")]
    private static partial Regex FunctionArnPattern();

    [GeneratedRegex(@"^arn:(?<partition>aws[a-z-]*):kms:(?<region>[a-z0-9-]+):(?<account>\d{12}):key/(?<id>(mrk-)?[0-9a-f]{32}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$")]
    private static partial Regex KeyArnPattern();

    [GeneratedRegex(@"^arn:(?<partition>aws[a-z-]*):iam::(?<account>\d{12}|aws):policy/([\x21-\x7E]*/)?[A-Za-z0-9+=,.@_-]{1,128}$")]
    private static partial Regex BoundaryArnPattern();
}
