using System.Text.RegularExpressions;
using Infra.Core.Grants;
using Infra.Core.Tests.Support;

namespace Infra.Core.Tests.Docs;

/// <summary>docs/config.md's "actions on an entry" table names each named kind's service and resource types.</summary>
public partial class ActionsTableTests
{
    [Fact]
    public void Each_named_kind_has_a_row_with_its_service_and_resource_types()
    {
        var rows = Rows();
        foreach (var kind in GrantKinds.All.Where(k => k.Actions is not null))
        {
            Assert.True(rows.TryGetValue(kind.Name, out var row), $"docs/config.md has no 'actions on an entry' row for {kind.Name}");
            Assert.Equal(kind.Actions!.Service, row.Service);
            Assert.Equal(kind.Actions.ResourceTypes.Order(StringComparer.Ordinal), row.Types.Order(StringComparer.Ordinal));
        }
        Assert.Equal(GrantKinds.All.Count(k => k.Actions is not null), rows.Count);
    }

    private static Dictionary<string, (string Service, List<string> Types)> Rows()
    {
        var text = File.ReadAllText(RepositoryFiles.Path("docs", "config.md"));
        return text[text.IndexOf("## actions on an entry", StringComparison.Ordinal)..].Split('\n')
            .SkipWhile(l => !l.StartsWith("| List | Actions of", StringComparison.Ordinal)).Skip(2).TakeWhile(l => l.StartsWith('|'))
            .Select(l => l.Split(" | "))
            .ToDictionary(
                cells => cells[0].TrimStart('|').Trim().Trim('`'),
                cells => (cells[1].Trim('`'), TypeCell().Matches(cells[2]).Select(m => m.Groups[1].Value).ToList()));
    }

    [GeneratedRegex("`([^`]+)` →")]
    private static partial Regex TypeCell();
}
