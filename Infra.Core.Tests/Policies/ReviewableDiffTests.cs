using Infra.Core.Planning;
using Infra.Core.Policies;
using Infra.Core.Settings;
using Infra.Core.Tests.Support;

namespace Infra.Core.Tests.Policies;

/// <summary>Merged statements keep snapshots reviewable: a new table is two new resource lines.</summary>
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
        var statement = Assert.Single(changed.Value.Statements);
        var old = Assert.Single(before[changed.Key].Statements);
        var arn = $"arn:aws:dynamodb:eu-west-1:{ArnScope.PlaceholderAccountId}:table/{ReferenceShape.Table(60)}";
        Assert.Equal([arn, $"{arn}/index/*"], statement.Resources.Except(old.Resources));
        Assert.Equal(Statement(old), Statement(statement with { Resources = [.. statement.Resources.Except([arn, $"{arn}/index/*"])] }));
    }
}
