using System.Text.Encodings.Web;
using System.Text.Json;

namespace Infra.Core.Policies;

/// <summary>
/// Canonical JSON for policies: fixed key order, statements by Sid, sorted actions, resources and
/// condition values, so a permission change shows up as a small, readable diff.
/// </summary>
public static class PolicyJson
{
    // ARNs hold '+', '=', '@' which the default encoder escapes; IAM would count the escapes.
    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonWriterOptions Indented = Compact with { Indented = true };

    public static string Write(PolicyDocument document, bool indented)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, indented ? Indented : Compact))
        {
            json.WriteStartObject();
            json.WriteString("Version", PolicyDocument.Version);
            json.WriteStartArray("Statement");
            foreach (var statement in document.Statements.OrderBy(s => s.Sid, StringComparer.Ordinal))
            {
                WriteStatement(json, statement, document.ServicePrincipal);
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteStatement(Utf8JsonWriter json, PolicyStatement statement, string? servicePrincipal)
    {
        json.WriteStartObject();
        json.WriteString("Sid", statement.Sid);
        json.WriteString("Effect", "Allow");
        if (servicePrincipal is not null)
        {
            json.WriteStartObject("Principal");
            json.WriteString("Service", servicePrincipal);
            json.WriteEndObject();
        }
        WriteSorted(json, "Action", statement.Actions);
        if (statement.Resources.Count > 0)
        {
            WriteSorted(json, "Resource", statement.Resources);
        }
        WriteConditions(json, statement.ConditionList);
        json.WriteEndObject();
    }

    private static void WriteConditions(Utf8JsonWriter json, IReadOnlyList<PolicyCondition> conditions)
    {
        if (conditions.Count == 0)
        {
            return;
        }
        json.WriteStartObject("Condition");
        foreach (var byOperator in conditions.GroupBy(c => c.Operator).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            json.WriteStartObject(byOperator.Key);
            foreach (var condition in byOperator.OrderBy(c => c.Key, StringComparer.Ordinal))
            {
                WriteSorted(json, condition.Key, condition.Values);
            }
            json.WriteEndObject();
        }
        json.WriteEndObject();
    }

    private static void WriteSorted(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values.Distinct().Order(StringComparer.Ordinal))
        {
            json.WriteStringValue(value);
        }
        json.WriteEndArray();
    }
}
