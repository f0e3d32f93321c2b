namespace Infra.Core.Grants.Statements;

/// <summary>
/// Actions that let the role gain more than it holds: the single actions of Rhino Security Labs'
/// AWS IAM privilege escalation methods (https://rhinosecuritylabs.com/aws/aws-privilege-escalation-methods-mitigation/,
/// as machine-readable in salesforce/cloudsplaining's PRIVILEGE_ESCALATION_METHODS,
/// https://github.com/salesforce/cloudsplaining/blob/master/cloudsplaining/shared/constants.py),
/// iam:PassRole, which every method of its "pass a role" group needs, and sts:AssumeRole, which
/// takes on another role's permissions outright (cloudsplaining's CreatePolicyVersionThenAssumeRole).
/// </summary>
public static class PrivilegeEscalation
{
    public const string Field = "allowPrivilegeEscalation";

    public const string Source = "https://rhinosecuritylabs.com/aws/aws-privilege-escalation-methods-mitigation/";

    public static readonly IReadOnlySet<string> Actions = new HashSet<string>(StringComparer.Ordinal)
    {
        // Permissions on other users.
        "iam:CreateAccessKey", "iam:CreateLoginProfile", "iam:UpdateLoginProfile", "iam:AddUserToGroup",
        // Permissions on policies.
        "iam:CreatePolicyVersion", "iam:SetDefaultPolicyVersion",
        "iam:AttachUserPolicy", "iam:AttachGroupPolicy", "iam:AttachRolePolicy",
        "iam:PutUserPolicy", "iam:PutGroupPolicy", "iam:PutRolePolicy",
        // Trust policies and roles.
        "iam:UpdateAssumeRolePolicy", "iam:PassRole", "sts:AssumeRole",
        // Code that runs as another role.
        "glue:UpdateDevEndpoint", "lambda:UpdateFunctionCode",
    };
}
