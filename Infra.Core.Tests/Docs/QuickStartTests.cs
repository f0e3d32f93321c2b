using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Infra.Core.Tests.Support;

namespace Infra.Core.Tests.Docs;

/// <summary>The shipped stack files hold what the README's Quick start sets, and nothing more.</summary>
public partial class QuickStartTests
{
    [Fact]
    public void The_shipped_dev_stack_is_exactly_what_the_quick_start_sets()
    {
        var shipped = StackFiles.Load("dev").Values;
        var defaults = StackFiles.FromYaml("dev", "config: {}").Values;

        Assert.Equal(
            QuickStart().Select(kv => (kv.Key, Text(kv.Value))).Order(),
            shipped.Where(kv => defaults.GetValueOrDefault(kv.Key) != kv.Value).Select(kv => (kv.Key, kv.Value)).Order());
    }

    [Fact]
    public void The_shipped_prod_stack_sets_the_same_keys_for_its_own_app()
    {
        var dev = StackFiles.Load("dev").Values;
        var prod = StackFiles.Load("prod").Values;

        Assert.Equal(dev.Keys.Order(), prod.Keys.Order());
        Assert.NotEqual(dev[$"{Configs.Project}:appId"], prod[$"{Configs.Project}:appId"]);
    }

    /// <summary>The <c>pulumi config set</c> lines of the Quick start, as full keys to JSON values.</summary>
    private static JsonObject QuickStart()
    {
        var readme = File.ReadAllText(RepositoryFiles.Path("README.md"));
        var section = readme[readme.IndexOf("## Quick start", StringComparison.Ordinal)..];
        var config = new JsonObject();
        foreach (Match set in ConfigSet().Matches(section[..section.IndexOf("\n## ", StringComparison.Ordinal)]))
        {
            var steps = Step().Matches(set.Groups["path"].Value).Select(s => s.Value).ToList();
            steps[0] = steps[0].Contains(':', StringComparison.Ordinal) ? steps[0] : $"{Configs.Project}:{steps[0]}";
            Put(config, steps, set.Groups["value"].Value);
        }
        Assert.NotEmpty(config);
        return config;
    }

    // Walks a --path (names and [n] indexes) from the config, adding what is missing, and sets the value at its end.
    private static void Put(JsonObject config, List<string> steps, string value)
    {
        JsonNode node = config;
        for (var i = 0; i < steps.Count; i++)
        {
            JsonNode next = i == steps.Count - 1 ? JsonValue.Create(value) : steps[i + 1].StartsWith('[') ? new JsonArray() : new JsonObject();
            if (node is JsonArray list)
            {
                var index = int.Parse(steps[i].Trim('[', ']'), System.Globalization.CultureInfo.InvariantCulture);
                if (index == list.Count)
                {
                    list.Add(next);
                }
                node = list[index]!;
            }
            else
            {
                var map = (JsonObject)node;
                if (!map.ContainsKey(steps[i]) || i == steps.Count - 1)
                {
                    map[steps[i]] = next;
                }
                node = map[steps[i]]!;
            }
        }
    }

    private static string Text(JsonNode? node) => node is JsonValue v ? v.GetValue<string>() : node!.ToJsonString();

    [GeneratedRegex(@"^pulumi config set (?:--path )?'?(?<path>[^' ]+)'? (?<value>\S+)", RegexOptions.Multiline)]
    private static partial Regex ConfigSet();

    [GeneratedRegex(@"[^.\[\]]+|\[\d+\]")]
    private static partial Regex Step();
}
