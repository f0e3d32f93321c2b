using Infra.Core.Grants;
using Infra.Core.Planning;
using Infra.Core.Policies;
using Infra.Core.Settings;
using Infra.Core.Tests.Support;

namespace Infra.Core.Tests.Policies;

public class PackingTests
{
    private static List<Grant> Tables(int count) =>
        [.. Enumerable.Range(0, count).Select(i => (Grant)new DynamoDbGrant($"table-{i:000}", AccessLevel.Read))];

    private static Dictionary<string, int> Homes(IReadOnlyList<Grant> grants) =>
        PolicyPacking.Pack("role", grants).SelectMany(s => s.Grants.Select(g => (g.Identity, s.Index))).ToDictionary();

    [Fact]
    public void Adding_a_grant_moves_no_other_grant()
    {
        var before = Homes(Tables(40));
        var after = Homes([.. Tables(40), new S3Grant("new-bucket", null, AccessLevel.Read)]);

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
        Assert.Equal(PolicyPacking.SlotOf(new DynamoDbGrant("orders", AccessLevel.Read)), PolicyPacking.SlotOf(new DynamoDbGrant("orders", AccessLevel.ReadWrite)));

    [Fact]
    public void Grants_spread_over_the_fixed_slots_named_after_the_role()
    {
        var slots = PolicyPacking.Pack("my-role", Tables(100));

        Assert.Equal(PolicyPacking.SlotCount, slots.Count);
        Assert.Equal([.. Enumerable.Range(0, PolicyPacking.SlotCount).Select(i => $"my-role-policy-{i}")], slots.Select(s => s.Name));
        Assert.Equal(100, slots.Sum(s => s.Grants.Count));
    }

    [Fact]
    public void Colliding_sids_get_the_grant_hash_and_stay_unique()
    {
        var slot = new PolicySlot(0, "p", [new DynamoDbGrant("orders-dev", AccessLevel.Read), new DynamoDbGrant("orders_dev", AccessLevel.Read)]);

        var sids = PermissionPolicy.For(slot, new("aws", "eu-west-1", "123456789012")).Statements.Select(s => s.Sid).ToList();

        Assert.Equal(2, sids.Distinct().Count());
        Assert.All(sids, sid => Assert.Matches("^DynamoDbReadOrdersDev[0-9A-F]{8}$", sid));
    }

    [Fact]
    public void A_policy_over_the_limit_fails_naming_its_grants_the_size_and_the_limit()
    {
        var tables = string.Join(",", Enumerable.Range(0, 300).Select(i => $$"""{"table":"{{new string('t', 200)}}-{{i}}","access":"readWrite"}"""));

        var problems = Configs.ProblemsOf(Configs.WithAccess($$"""{"dynamodb":[{{tables}}]}"""));

        var problem = problems[0];
        Assert.Equal($"{Configs.Project}:access", problem.Key);
        Assert.Matches(@"^amplify-compute-role-test-amplify-compute-policy-\d$", problem.Value);
        Assert.Matches(@"needs \d+ characters, over IAM's limit of 6144", problem.Fix);
        Assert.Contains($"dynamodb table '{new string('t', 200)}-", problem.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Sizes_are_known_before_the_account_is()
    {
        var plan = StackPlan.From(StackFiles.Load("prod"));

        Assert.All(plan.Slots, slot => Assert.Equal(
            plan.PermissionDocument(slot, ArnScope.PlaceholderAccountId).Size,
            plan.PermissionDocument(slot, "999988887777").Size));
    }
}
