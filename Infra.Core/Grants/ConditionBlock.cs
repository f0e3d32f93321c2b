using System.Text.Json;
using System.Text.RegularExpressions;
using Infra.Core.Grants.Statements;
using Infra.Core.Policies;
using Infra.Core.Settings;

namespace Infra.Core.Grants;

/// <summary>IAM's <c>Condition</c> element as a stack file writes it: operator → key → value or values.</summary>
public static partial class ConditionBlock
{
    public const string Rule = """IAM's condition block: operator -> condition key -> a string or a list of strings, e.g. {"StringEquals": {"aws:ResourceTag/team": "web"}}""";
    private const string ValueRule = "a string or a non-empty list of strings (quote true, false and numbers)";
    private const string ControlRule = "must not contain control characters or line separators (a pasted line break or tab?): write the value on one line";

    /// <summary>The conditions, or null after reporting every place the block breaks the shape.</summary>
    public static IReadOnlyList<PolicyCondition>? Read(JsonElement block, string key, Problems problems)
    {
        if (!problems.Check(block.EnumerateObject().Any(), key, JsonConfig.Text(block), $"must not be empty: leave it out, or write {Rule}"))
        {
            return null;
        }
        var conditions = new List<PolicyCondition>();
        var valid = true;
        foreach (var op in block.EnumerateObject())
        {
            var opKey = $"{key}.{op.Name}";
            if (!problems.Check(ConditionOperators.IsValid(op.Name), opKey, JsonConfig.Text(op.Value), $"unknown operator: must be {ConditionOperators.Rule}")
                || !problems.Check(op.Value.ValueKind == JsonValueKind.Object && op.Value.EnumerateObject().Any(), opKey, JsonConfig.Text(op.Value), $"must be a non-empty object of condition keys: {Rule}"))
            {
                valid = false;
                continue;
            }
            foreach (var condition in op.Value.EnumerateObject())
            {
                var conditionKey = $"{opKey}.{condition.Name}";
                var values = problems.Check(ContextKey().IsMatch(condition.Name), conditionKey, JsonConfig.Text(condition.Value), "must be a condition key 'service:name' (e.g. 'aws:SourceVpc'), without white space or invisible (control, format) characters")
                    ? Values(op.Name, condition.Value, conditionKey, problems)
                    : null;
                valid &= values is not null;
                conditions.Add(new(op.Name, condition.Name, values ?? []));
            }
        }
        return valid ? conditions : null;
    }

    private static List<string>? Values(string op, JsonElement value, string key, Problems problems)
    {
        if (value.ValueKind == JsonValueKind.String)
        {
            var text = value.GetString()!;
            return Printable(text, key, problems) && Fits(op, text, key, problems) ? [text] : null;
        }
        if (!problems.Check(value.ValueKind == JsonValueKind.Array && value.GetArrayLength() > 0, key, JsonConfig.Text(value), $"must be {ValueRule}"))
        {
            return null;
        }
        var strings = new List<string>();
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            var itemKey = $"{key}[{index++}]";
            var text = item.ValueKind == JsonValueKind.String ? item.GetString()! : null;
            if (problems.Check(text is not null, itemKey, JsonConfig.Text(item), $"must be a string: {ValueRule}")
                && Printable(text!, itemKey, problems)
                && Fits(op, text!, itemKey, problems))
            {
                strings.Add(text!);
            }
        }
        return strings.Count == index ? strings : null;
    }

    // IAM would store such a value, but it never matches what a request carries: a typo to report.
    // U+2028 and U+2029 break lines too, though char.IsControl does not count them.
    private static bool Printable(string text, string key, Problems problems) =>
        problems.Check(!text.Any(c => char.IsControl(c) || c is '\u2028' or '\u2029'), key, text, ControlRule);

    private static bool Fits(string op, string text, string key, Problems problems) =>
        ConditionValues.Problem(op, text) is not { } fix || problems.Check(false, key, text, fix);

    [GeneratedRegex(@"^[A-Za-z0-9-]+:[^\s\p{C}]+\z")]
    private static partial Regex ContextKey();
}
