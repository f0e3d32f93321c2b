using Infra.Core.Planning;
using Infra.Core.Policies;
using Infra.Core.Settings;
using Infra.Core.Tests.Support;

namespace Infra.Core.Tests.Policies;

/// <summary>Merged statements keep snapshots reviewable: a new table is one new resource line in each of its statements.</summary>
public class ReviewableDiffTests
{
    private static Dictionary<string, PolicyDocument> Documents(int tables)
    {
        var plan = StackPlan.From(ReferenceShape.Config(tables));
        return plan.Slots.ToDictionary(s => s.Name, s => plan.PermissionDocument(s, ArnScope.PlaceholderAccountId));
    }

    private static string Statement(PolicyStatement s) => $"{s.Sid} {string.Join(' ', s.Actions)} {string.Join(' ', s.Resources)}";

    [Fact]
    public void Adding_a_table_adds_its_resources_to_one_statement_of_one_policy()
    {
        var before = Documents(60);
        var after = Documents(61);

        var changed = Assert.Single(after, a => !before.TryGetValue(a.Key, out var old) || old.ToJson() != a.Value.ToJson());
        var arn = $"arn:aws:dynamodb:eu-west-1:{ArnScope.PlaceholderAccountId}:table/{ReferenceShape.Table(60)}";
        var pairs = changed.Value.Statements.Zip(before[changed.Key].Statements).ToList();
        Assert.Equal(before[changed.Key].Statements.Count, changed.Value.Statements.Count);
        Assert.Equal([arn, $"{arn}/index/*"], pairs.SelectMany(p => p.First.Resources.Except(p.Second.Resources)));
        Assert.All(pairs, p => Assert.Equal(Statement(p.Second), Statement(p.First with { Resources = [.. p.First.Resources.Except([arn, $"{arn}/index/*"])] })));
    }
}
