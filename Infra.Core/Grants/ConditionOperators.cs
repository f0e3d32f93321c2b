namespace Infra.Core.Grants;

/// <summary>
/// IAM's condition operators (reference_policies_elements_condition_operators): each may end in
/// <c>IfExists</c> and start with <c>ForAllValues:</c> or <c>ForAnyValue:</c>, except <c>Null</c>.
/// </summary>
public static class ConditionOperators
{
    public const string Rule = "an IAM condition operator: String(Not)Equals(IgnoreCase), String(Not)Like, Numeric(Not)Equals, Numeric(LessThan|GreaterThan)(Equals), Date(Not)Equals, Date(LessThan|GreaterThan)(Equals), Bool, BinaryEquals, (Not)IpAddress, Arn(Not)Equals, Arn(Not)Like, each optionally ending in IfExists and starting with ForAllValues: or ForAnyValue:; or Null (case matters)";

    public static readonly IReadOnlyList<string> Base =
    [
        "StringEquals", "StringNotEquals", "StringEqualsIgnoreCase", "StringNotEqualsIgnoreCase", "StringLike", "StringNotLike",
        "NumericEquals", "NumericNotEquals", "NumericLessThan", "NumericLessThanEquals", "NumericGreaterThan", "NumericGreaterThanEquals",
        "DateEquals", "DateNotEquals", "DateLessThan", "DateLessThanEquals", "DateGreaterThan", "DateGreaterThanEquals",
        "Bool", "BinaryEquals", "IpAddress", "NotIpAddress",
        "ArnEquals", "ArnLike", "ArnNotEquals", "ArnNotLike",
    ];

    private static readonly string[] SetQualifiers = ["ForAllValues:", "ForAnyValue:"];
    private const string IfExists = "IfExists";

    public static bool IsValid(string op)
    {
        if (op == "Null")
        {
            return true;
        }
        var qualifier = SetQualifiers.FirstOrDefault(q => op.StartsWith(q, StringComparison.Ordinal)) ?? "";
        var rest = op[qualifier.Length..];
        var core = rest.EndsWith(IfExists, StringComparison.Ordinal) ? rest[..^IfExists.Length] : rest;
        return Base.Contains(core, StringComparer.Ordinal);
    }
}
