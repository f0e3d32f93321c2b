using System.Text.RegularExpressions;
using Infra.Core.Grants;
using Infra.Core.Tests.Support;

namespace Infra.Core.Tests.Docs;

/// <summary>docs/config.md's action sets say what each kind's level table grants, level by level.</summary>
public partial class ActionSetTableTests
{
    public static TheoryData<string> KindsWithLevels => ["dynamodb", "s3", "kms", "sqs"];

    private static Levels LevelsOf(string kind) => kind switch
    {
        "dynamodb" => DynamoDbGrant.Levels,
        "s3" => S3Grant.Levels,
        "kms" => KmsGrant.Levels,
        _ => SqsGrant.Levels,
    };

    [Theory]
    [MemberData(nameof(KindsWithLevels))]
    public void Each_level_lists_exactly_the_actions_of_its_table(string kind)
    {
        var documented = Documented();
        foreach (var level in LevelsOf(kind).All)
        {
            Assert.True(documented.TryGetValue((kind, level.Name), out var actions), $"docs/config.md has no action-set row for {kind} {level.Name}");
            Assert.Equal(level.Actions.Order(StringComparer.Ordinal), actions!.Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public void Each_named_list_documents_exactly_the_actions_of_all_its_levels()
    {
        var documented = Documented();
        foreach (var kind in GrantKinds.All.Where(k => k.Actions is not null))
        {
            var rows = documented.Where(d => d.Key.Item1 == kind.Name).SelectMany(d => d.Value).ToHashSet();
            Assert.Equal(kind.Actions!.Levels.All.SelectMany(l => l.Actions).Distinct().Order(StringComparer.Ordinal), rows.Order(StringComparer.Ordinal));
        }
    }

    /// <summary>
    /// (list, level) → the union of the actions of its rows (level "" for a list without levels); a row
    /// with an empty first cell continues the one above.
    /// </summary>
    private static Dictionary<(string, string), HashSet<string>> Documented()
    {
        var text = File.ReadAllText(RepositoryFiles.Path("docs", "config.md"));
        var table = text[text.IndexOf("## Action sets", StringComparison.Ordinal)..].Split('\n')
            .SkipWhile(l => !l.StartsWith("| List", StringComparison.Ordinal)).Skip(2).TakeWhile(l => l.StartsWith('|'));
        var sets = new Dictionary<(string, string), HashSet<string>>();
        (string List, string[] Levels) current = ("", []);
        foreach (var cells in table.Select(l => l.Split(" | ")))
        {
            var first = cells[0].TrimStart('|').Trim();
            if (first.Length > 0 && Ticked().Match(first) is { Success: true } list)
            {
                string[] levels = [.. first[(list.Index + list.Length)..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];
                current = (list.Groups[1].Value, levels.Length == 0 ? [""] : levels);
            }
            var ticked = Ticked().Matches(cells[2]).Select(m => m.Groups[1].Value).ToList();
            var service = ticked.FirstOrDefault()?.Split(':')[0];
            foreach (var level in current.Levels)
            {
                var set = sets.TryGetValue((current.List, level), out var found) ? found : sets[(current.List, level)] = [];
                set.UnionWith(ticked.Select(a => a.Contains(':') ? a : $"{service}:{a}"));
            }
        }
        return sets;
    }

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex Ticked();
}
