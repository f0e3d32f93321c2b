using Infra.Core.Grants;
using Infra.Core.Planning;
using Infra.Core.Policies;
using Infra.Core.Settings;
using Infra.Core.Tests.Support;

namespace Infra.Core.Tests.Policies;

public class PackingTests
{
    private static List<Grant> Tables(int count) =>
        [.. Enumerable.Range(0, count).Select(i => (Grant)new DynamoDbGrant($"table-{i:000}", "read"))];

    private static Dictionary<string, int> Homes(IReadOnlyList<Grant> grants) =>
        PolicyPacking.Pack("role", grants, 10).SelectMany(s => s.Grants.Select(g => (g.Identity, s.Index))).ToDictionary();

    [Fact]
    public void Adding_a_grant_moves_no_other_grant()
    {
        var before = Homes(Tables(40));
        var after = Homes([new S3Grant("new-bucket", null, "read"), .. Tables(40)]);

        Assert.All(before, home => Assert.Equal(home.Value, after[home.Key]));
    }

    [Fact]
    public void Removing_a_grant_moves_no_other_grant()
    {
        var all = Tables(40);
        var before = Homes(all);
        for (var removed = 0; removed < all.Count; removed++)
        {
            var after = Homes([.. all.Where((_, i) => i != removed)]);
            Assert.All(after, home => Assert.Equal(before[home.Key], home.Value));
        }
    }

    [Fact]
    public void Changing_the_access_level_keeps_the_grant_home() =>
        Assert.Equal(PolicyPacking.SlotOf(new DynamoDbGrant("orders", "read"), 10), PolicyPacking.SlotOf(new DynamoDbGrant("orders", "readWrite"), 10));

    [Fact]
    public void Grants_spread_over_the_slots_named_after_the_role()
    {
        var slots = PolicyPacking.Pack("my-role", Tables(100), 10);

        Assert.Equal([.. Enumerable.Range(0, 10).Select(i => $"my-role-policy-{i}")], slots.Select(s => s.Name));
        Assert.Equal(100, slots.Sum(s => s.Grants.Count));
    }

    [Fact]
    public void A_120_table_stack_of_the_reference_shape_fits_at_the_default_limit()
    {
        var plan = StackPlan.From(ReferenceShape.Config(120));

        Assert.Equal(120, plan.Slots.Sum(s => s.Grants.Count));
        Assert.All(plan.Slots, slot => Assert.InRange(plan.PermissionDocument(slot, ArnScope.PlaceholderAccountId).Size, 0, PolicyPacking.MaxPolicySize));
    }

    [Fact]
    public void Sizes_are_known_before_the_account_is()
    {
        var plan = StackPlan.From(StackFiles.Sample("prod"));

        Assert.All(plan.Slots, slot => Assert.Equal(
            plan.PermissionDocument(slot, ArnScope.PlaceholderAccountId).Size,
            plan.PermissionDocument(slot, "999988887777").Size));
    }
}
