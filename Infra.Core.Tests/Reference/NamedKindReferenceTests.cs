using Infra.Core.Grants;
using Infra.Core.Policies;
using Infra.Core.Reference;
using Infra.Core.Settings;

namespace Infra.Core.Tests.Reference;

/// <summary>Every named kind, checked against AWS's service reference: its levels, and where it renders them.</summary>
public class NamedKindReferenceTests
{
    private static readonly ArnScope Scope = new("aws", "eu-west-1", "123456789012");

    public static TheoryData<string> NamedKinds => [.. GrantKinds.All.Where(k => k.Actions is not null).Select(k => k.Name)];

    private static ActionSet SetOf(string kind) => GrantKinds.ByName[kind].Actions!;

    [Fact]
    public void Every_list_but_statements_is_a_named_kind_with_actions() =>
        Assert.Equal(["statements"], GrantKinds.All.Where(k => k.Actions is null).Select(k => k.Name));

    [Theory]
    [MemberData(nameof(NamedKinds))]
    public void Each_level_action_exists_and_applies_to_a_type_the_kind_renders(string kind)
    {
        var set = SetOf(kind);
        Assert.All(set.ResourceTypes, t => Assert.NotNull(ServiceReference.Aws.ResourceType(set.Service, t)));
        foreach (var action in set.Levels.All.SelectMany(l => l.Actions))
        {
            var info = ServiceReference.Aws.Action(action);
            Assert.True(info is not null, $"{kind}: {action} is not in the reference (AWS's exact spelling)");
            Assert.Equal(set.Service, info!.Service);
            Assert.True(set.ResourceTypes.Any(info.AppliesTo), $"{kind}: {action} applies to none of {string.Join(", ", set.ResourceTypes)}");
            Assert.Contains(action, set.Grantable);
        }
    }

    [Theory]
    [MemberData(nameof(NamedKinds))]
    public void Every_level_of_the_kind_has_a_sample_here(string kind) =>
        Assert.All(SetOf(kind).Levels.All, level => Assert.Contains(KindSamples.All, g => g.Kind.Name == kind && g.Level == level));

    [Theory]
    [MemberData(nameof(NamedKinds))]
    public void Each_action_lands_only_on_resources_of_types_it_applies_to(string kind)
    {
        foreach (var grant in KindSamples.All.Where(g => g.Kind.Name == kind))
        {
            var placed = Placement.Place(grant.Level.Actions, grant.Targets, Scope);
            Assert.All(grant.Level.Actions, a => Assert.Contains(placed, p => p.Statement.Actions.Contains(a)));
            Assert.All(placed, p => Assert.All(p.Statement.Actions, a => Assert.True(ServiceReference.Aws.Action(a)!.AppliesTo(p.Type), $"{a} on {p.Type}")));
            Assert.Empty(grant.Statements(Scope).SelectMany(s => KindPlacementOracle.Faults(SetOf(kind), s)));
        }
    }

    [Fact]
    public void The_oracle_finds_an_item_action_on_an_index_and_an_object_action_on_a_bucket()
    {
        PolicyStatement onIndex = new("Planted", ["dynamodb:GetItem", "dynamodb:Query"], ["arn:aws:dynamodb:eu-west-1:123456789012:table/t/index/*"]);
        PolicyStatement onBucket = new("Planted", ["s3:GetObject"], ["arn:aws:s3:::b"]);

        Assert.Equal([$"Planted: dynamodb:GetItem is on '{onIndex.Resources[0]}' (type index), which the reference does not apply it to"],
            KindPlacementOracle.Faults(DynamoDbGrant.Actions, onIndex));
        Assert.Single(KindPlacementOracle.Faults(S3Grant.Actions, onBucket));
    }
}
