using System.Text.Json.Nodes;
using CsCheck;
using Infra.Core.Tests.Support;

namespace Infra.Core.Tests.Properties;

/// <summary>Stack configs from the real grammar, as Pulumi hands them over: full keys to raw strings.</summary>
public static class ConfigGen
{
    public const string P = Configs.Project;

    public static readonly Gen<string> Region =
        Gen.OneOf("eu-west-1", "us-east-1", "ap-southeast-2", "sa-east-1", "cn-north-1", "us-gov-west-1");

    public static readonly Gen<string> AppId = Gen.Char["abcdefghijklmnopqrstuvwxyz0123456789"].Array[1, 19].Select(c => "d" + new string(c));

    public static readonly Gen<string> Branch = Gen.Char["abcdefghijklmnopqrstuvwxyz0123456789/-_."].Array[1, 24].Select(c => new string(c));

    public static readonly Gen<string> Account = Gen.Char["0123456789"].Array[12].Select(c => new string(c));

    public static readonly Gen<Dictionary<string, string>> Valid =
        from region in Region
        from appId in AppId
        from branches in Branch.HashSet[1, 4]
        from access in AccessGen.Access(Partition(region))
        from tags in Gen.Char["abcdefghij"].Array[1, 8].Select(c => new string(c)).HashSet[0, 3]
        from flags in Gen.Bool.Array[2]
        from roleName in Gen.OneOf("", "acme-ssr", "r")
        from limit in Gen.Int[1, 20]
        select Config(region, appId, branches, access, tags, flags, roleName, limit);

    public static string Partition(string region) => Core.Settings.AwsRegion.PartitionOf(region);

    private static Dictionary<string, string> Config(
        string region, string appId, HashSet<string> branches, JsonObject access, HashSet<string> tags, bool[] flags, string roleName, int limit)
    {
        var values = new Dictionary<string, string>
        {
            ["aws:region"] = region,
            [$"{P}:appId"] = appId,
            [$"{P}:branches"] = new JsonArray([.. branches.Select(b => (JsonNode)b)]).ToJsonString(),
            [$"{P}:access"] = access.ToJsonString(),
            [$"{P}:tags"] = new JsonObject(tags.Select(t => KeyValuePair.Create(t, (JsonNode?)$"v-{t}"))).ToJsonString(),
            [$"{P}:associateApp"] = flags[0] ? "true" : "false",
            [$"{P}:trustSourceConditions"] = flags[1] ? "true" : "false",
            [$"{P}:roleName"] = roleName,
            [$"{P}:managedPolicyLimit"] = limit.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        return values;
    }
}
