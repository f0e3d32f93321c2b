using System.Text.RegularExpressions;

namespace Infra.Core.Settings;

/// <summary>
/// AWS's naming rules for the stack's own names. Each grant kind keeps its resource rules
/// beside it in <c>Grants/</c>. Patterns end in <c>\z</c>: <c>$</c> would also match before a final line break.
/// </summary>
public static partial class NameRules
{
    public const string AppIdRule = "an Amplify app id: 'd' then lowercase letters and digits, at most 20 characters (the app's General settings show it)";
    public const string RoleNameRule = "an IAM role name: 1 to 64 of A-Z a-z 0-9 + = , . @ _ -";
    public const string BoundaryRule = "an IAM managed policy ARN arn:<partition>:iam::<account or 'aws'>:policy/<path><name>";

    public static bool IsAppId(string value) => AppId().IsMatch(value);
    public static bool IsRoleName(string value) => RoleName().IsMatch(value);
    public static Match BoundaryArn(string value) => BoundaryArnPattern().Match(value);

    [GeneratedRegex(@"^d[a-z0-9]{1,19}\z")]
    private static partial Regex AppId();

    [GeneratedRegex(@"^[A-Za-z0-9+=,.@_-]{1,64}\z")]
    private static partial Regex RoleName();

    [GeneratedRegex(@"^arn:(?<partition>aws[a-z-]*):iam::(?<account>[0-9]{12}|aws):policy/(?:[\x21-\x7E]*/)?[A-Za-z0-9+=,.@_-]{1,128}\z")]
    private static partial Regex BoundaryArnPattern();
}
