using System.Text.Json;
using System.Text.Json.Nodes;

namespace Infra.Core.Tests.Properties;

/// <summary>Edits inside a JSON-valued config: one node replaced, a string or a field name extended, or one list element doubled.</summary>
public static class JsonEdit
{
    public static string? Replace(string? raw, int pick, JsonNode? replacement)
    {
        if (Parse(raw) is not { } root)
        {
            return raw;
        }
        var nodes = Descendants(root).ToList();
        var target = nodes[(int)((uint)pick % (uint)nodes.Count)];
        if (target.Parent is JsonObject parent)
        {
            parent[target.GetPropertyName()] = replacement?.DeepClone();
        }
        else if (target.Parent is JsonArray list)
        {
            list[target.GetElementIndex()] = replacement?.DeepClone();
        }
        else
        {
            return replacement?.ToJsonString() ?? "null";
        }
        return root.ToJsonString();
    }

    public static string? AppendToString(string? raw, int pick, char c)
    {
        var root = Parse(raw);
        var strings = root is null ? [] : Descendants(root).OfType<JsonValue>().Where(v => v.GetValueKind() == JsonValueKind.String).ToList();
        if (root is null || strings.Count == 0 || strings[(int)((uint)pick % (uint)strings.Count)] is not { Parent: not null } target)
        {
            return raw;
        }
        target.ReplaceWith(target.GetValue<string>() + c);
        return root.ToJsonString();
    }

    // Field names, condition operators and keys, tag keys: a name is input too.
    public static string? AppendToName(string? raw, int pick, char c)
    {
        var fields = Parse(raw) is { } root ? Descendants(root).OfType<JsonObject>().SelectMany(o => o.Select(p => (Object: o, p.Key))).ToList() : [];
        if (fields.Count == 0)
        {
            return raw;
        }
        var (target, name) = fields[(int)((uint)pick % (uint)fields.Count)];
        var value = target[name];
        target.Remove(name);
        target[name + c] = value;
        return target.Root.ToJsonString();
    }

    public static string? DuplicateElement(string? raw, int pick)
    {
        var lists = Parse(raw) is { } root ? Descendants(root).OfType<JsonArray>().Where(a => a.Count > 0).ToList() : [];
        if (lists.Count == 0)
        {
            return raw;
        }
        var list = lists[(int)((uint)pick % (uint)lists.Count)];
        list.Add(list[0]?.DeepClone());
        return list.Root.ToJsonString();
    }

    private static JsonNode? Parse(string? raw)
    {
        try
        {
            return raw is null ? null : JsonNode.Parse(raw);
        }
        catch (Exception e) when (e is JsonException or ArgumentException)
        {
            return null;
        }
    }

    private static IEnumerable<JsonNode> Descendants(JsonNode node) =>
        node switch
        {
            JsonObject o => o.Select(p => p.Value).OfType<JsonNode>().SelectMany(Descendants).Prepend(node),
            JsonArray a => a.OfType<JsonNode>().SelectMany(Descendants).Prepend(node),
            _ => [node],
        };
}
