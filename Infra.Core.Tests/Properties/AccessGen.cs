using System.Text.Json.Nodes;
using CsCheck;
using Infra.Core.Grants;

namespace Infra.Core.Tests.Properties;

/// <summary>Valid <c>access</c> entries, one generator per grant kind: a new kind adds one line to <see cref="Named"/>.</summary>
public static class AccessGen
{
    private static readonly Gen<string> Word = Gen.Char["abcdefghijklmnopqrstuvwxyz0123456789"].Array[3, 12].Select(c => new string(c));
    private static readonly Gen<string> Hex = Gen.Char["0123456789abcdef"].Array[32].Select(c => new string(c));

    // Every level a kind's table has, so a new level is generated without touching this file.
    private static Gen<string> LevelOf(Levels levels) => Gen.OneOf([.. levels.Names]);

    private static Dictionary<string, Func<Ctx, Gen<JsonObject>>> Named { get; } =
        new()
        {
            ["dynamodb"] = c => Gen.Select(NameOrArn(c, "dynamodb", "table/"), LevelOf(DynamoDbGrant.Levels), (t, a) => Entry(("table", t), ("access", a))),
            ["s3"] = c => Gen.Select(Word, Gen.OneOf<string?>(null, "uploads/", "a/b/"), LevelOf(S3Grant.Levels),
                (b, p, a) => Entry(("bucket", $"b-{b}"), ("prefix", p), ("access", (string?)a))),
            ["lambda"] = c => NameOrArn(c, "lambda", "function:").Select(f => Entry(("function", f))),
            ["kms"] = c => Gen.Select(Hex, LevelOf(KmsGrant.Levels), (k, a) => Entry(("key", $"arn:{c.Partition}:kms:{c.Region}:{c.Account}:key/{k}"), ("access", a))),
            ["secretsmanager"] = c => Gen.Frequency(
                (3, Word.Select(w => Entry(("secret", $"app/{w}")))),
                (1, Word.Select(w => Entry(("secret", $"arn:{c.Partition}:secretsmanager:{c.Region}:{c.Account}:secret:s-{w}-AbC123"))))),
            ["ssm"] = c => Gen.Select(Word, Gen.Bool, (w, path) => Entry((path ? "path" : "parameter", path ? $"/app/{w}/" : $"/app/{w}"))),
            ["sqs"] = c => Gen.Select(NameOrArn(c, "sqs", ""), LevelOf(SqsGrant.Levels), (q, a) => Entry(("queue", q), ("access", a))),
            ["sns"] = c => NameOrArn(c, "sns", "").Select(t => Entry(("topic", t))),
            ["eventbridge"] = c => Gen.Frequency((1, Gen.Const("default")), (3, NameOrArn(c, "events", "event-bus/"))).Select(b => Entry(("bus", b))),
            ["bedrock"] = c => Gen.Select(Word, Gen.Int[0, 2], (w, form) => form switch
            {
                0 => Entry(("inferenceProfile", $"eu.amazon.titan-{w}-v1")),
                1 => Entry(("model", $"amazon.titan-{w}-v1")),
                _ => Entry(("model", $"arn:{c.Partition}:bedrock:us-east-1::foundation-model/amazon.titan-{w}-v1")),
            }),
            ["ses"] = c => Gen.Select(Word, Gen.Bool, Gen.Bool, (d, from, set) =>
                Entry(("identity", $"{d}.example.com"), ("fromAddress", from ? $"noreply@{d}.example.com" : null), ("configurationSet", set ? $"set-{d}" : null))),
            ["stepfunctions"] = c => NameOrArn(c, "states", "stateMachine:").Select(m => Entry(("stateMachine", m))),
            ["appsync"] = c => Gen.Select(Word, Gen.OneOf("query", "mutation", "subscription").HashSet[0, 3], (api, ops) =>
                ops.Count == 0 ? Entry(("api", api)) : new JsonObject { ["api"] = api, ["operations"] = new JsonArray([.. ops.Select(o => (JsonNode)o)]) }),
            ["statements"] = c => Gen.Select(Word, Gen.Bool, (w, conditioned) =>
            {
                var statement = new JsonObject
                {
                    ["actions"] = new JsonArray("appconfig:GetLatestConfiguration", "appconfig:StartConfigurationSession"),
                    ["resources"] = new JsonArray($"arn:{c.Partition}:appconfig:{c.Region}:{c.Account}:application/{w}/environment/e1/configuration/c1"),
                };
                if (conditioned)
                {
                    statement["conditions"] = new JsonObject { ["Bool"] = new JsonObject { ["aws:SecureTransport"] = "true" } };
                }
                return statement;
            }),
        };

    /// <summary>Each kind's generator; a named kind's entry gives now and then a few of its actions instead of its access.</summary>
    public static IReadOnlyDictionary<string, Func<Ctx, Gen<JsonObject>>> Kinds { get; } = Named.ToDictionary(
        k => k.Key,
        k => GrantKinds.ByName[k.Key].Actions is { } set ? c => OrOwnActions(set, k.Value(c)) : k.Value);

    // A non-empty subset of the kind's level actions: each lands on the entry whatever its other fields.
    private static Gen<JsonObject> OrOwnActions(ActionSet set, Gen<JsonObject> entries)
    {
        string[] all = [.. set.Levels.All.SelectMany(l => l.Actions).Distinct()];
        return Gen.Frequency((3, entries), (1, Gen.Select(entries, Gen.Bool.Array[all.Length], (entry, picks) =>
        {
            var copy = (JsonObject)entry.DeepClone();
            copy.Remove("access");
            var chosen = all.Where((_, i) => picks[i]).DefaultIfEmpty(all[0]);
            copy["actions"] = new JsonArray([.. chosen.Select(a => (JsonNode)a)]);
            return copy;
        })));
    }

    /// <summary>Where ARNs of a generated config point.</summary>
    public sealed record Ctx(string Partition, string Region, string Account);

    /// <summary>Each kind's list present or not, with one to three entries.</summary>
    public static Gen<JsonObject> Access(string partition) =>
        from account in ConfigGen.Account
        from lists in Kinds.Aggregate(Gen.Const(new JsonObject()), (access, kind) =>
            from present in access
            from entries in kind.Value(new Ctx(partition, "eu-west-1", account)).List[0, 3]
            select With(present, kind.Key, [.. entries.DistinctBy(e => e.First().Value?.ToJsonString())]))
        select lists;

    private static JsonObject With(JsonObject access, string kind, List<JsonObject> entries)
    {
        var copy = (JsonObject)access.DeepClone();
        if (entries.Count > 0)
        {
            copy[kind] = new JsonArray([.. entries]);
        }
        return copy;
    }

    public static Gen<string> NameOrArn(Ctx c, string service, string resourcePrefix) =>
        Gen.Frequency(
            (3, Word.Select(w => $"n-{w}")),
            (1, Word.Select(w => $"p-{w}-*")),
            (1, Word.Select(w => $"arn:{c.Partition}:{service}:{c.Region}:{c.Account}:{resourcePrefix}a-{w}")));

    public static JsonObject Entry(params (string Field, string? Value)[] fields) =>
        new(fields.Where(f => f.Value is not null).Select(f => KeyValuePair.Create(f.Field, (JsonNode?)f.Value)));
}
