using System.Text.Json.Nodes;
using CsCheck;
using Infra.Core.Settings;

namespace Infra.Core.Tests.Properties;

/// <summary>Valid configs, then broken the ways people and tools break them.</summary>
public static class Mutations
{
    // Control, format and white-space characters, a lone surrogate, wildcards and JSON punctuation.
    private const string Nasty = "\n\r\t\0\u0085\u200b\u200e\u202e\ufeff\u00a0 \ud800\udfff*?\"\\{}[],:/";

    private static readonly Gen<string> NastyText = Gen.Char[Nasty + "aZ9-_."].Array[0, 12].Select(c => new string(c));

    private static readonly string[] Keys =
        [.. ConfigKeys.ProjectKeys.Select(k => $"{ConfigGen.P}:{k}"), .. ConfigKeys.AwsKeys, $"{ConfigGen.P}:roleNmae"];

    public static readonly Gen<Dictionary<string, string>> Broken =
        from valid in ConfigGen.Valid
        from edits in Edit.Array[1, 3]
        select Apply(valid, edits);

    private static Gen<Func<Dictionary<string, string>, Dictionary<string, string>>> Edit =>
        Gen.Select(Gen.OneOf(Keys), Change, (key, change) => (Func<Dictionary<string, string>, Dictionary<string, string>>)(config =>
        {
            var value = change(config.GetValueOrDefault(key));
            if (value is null)
            {
                config.Remove(key);
            }
            else
            {
                config[key] = value;
            }
            return config;
        }));

    // Weighted towards one odd character at the end of a value: the edge a rule's anchor must hold.
    private static Gen<Func<string?, string?>> Change => Gen.Frequency(
        (1, Gen.OneOf<Func<string?, string?>>(_ => null, _ => "")),
        (1, Gen.OneOf("42", "-1", "1.5", "true", "null", "[]", "{}", "\"x\"", "[null]", "[{}]", "{\"dynamodb\":{}}")
            .Select(json => (Func<string?, string?>)(_ => json))),
        (1, NastyText.Select(text => (Func<string?, string?>)(v => (v ?? "") + text))),
        (3, Gen.Char[Nasty].Select(c => (Func<string?, string?>)(v => v + c))),
        (4, Gen.Select(Gen.Int, Gen.Char[Nasty], (pick, c) => (Func<string?, string?>)(v => JsonEdit.AppendToString(v, pick, c)))),
        (2, Gen.Select(Gen.Int, Gen.Char[Nasty], (pick, c) => (Func<string?, string?>)(v => JsonEdit.AppendToName(v, pick, c)))),
        (1, Gen.Int[0, 64].Select(n => (Func<string?, string?>)(v => v?[..Math.Min(n, v.Length)]))),
        (1, Gen.Int[1_000, 100_000].Select(n => (Func<string?, string?>)(v => string.Concat(Enumerable.Repeat(v ?? "x", n / Math.Max(1, (v ?? "x").Length)))))),
        (2, Gen.Select(Gen.Int, JsonValue, (pick, node) => (Func<string?, string?>)(v => JsonEdit.Replace(v, pick, node)))),
        (1, Gen.Int.Select(pick => (Func<string?, string?>)(v => JsonEdit.DuplicateElement(v, pick)))));

    private static Gen<JsonNode?> JsonValue => Gen.OneOf(
        Gen.Bool.Select(_ => (JsonNode?)null),
        Gen.Int.Select(i => (JsonNode?)i),
        Gen.Bool.Select(b => (JsonNode?)b),
        NastyText.Select(s => (JsonNode?)s),
        NastyText.Select(s => (JsonNode?)new JsonArray(s, s)),
        NastyText.Select(s => (JsonNode?)new JsonObject { [s] = s, ["access"] = "read" }),
        NastyText.Select(s => (JsonNode?)new JsonObject { ["actions"] = new JsonArray("s3:GetObject", s), ["access"] = "read" }));

    private static Dictionary<string, string> Apply(Dictionary<string, string> config, Func<Dictionary<string, string>, Dictionary<string, string>>[] edits) =>
        edits.Aggregate(config, (c, edit) => edit(c));
}
