using Infra.Core.Grants;
using Infra.Core.Policies;
using Infra.Core.Settings;

namespace Infra.Core.Tests.Policies;

/// <summary>Rendezvous hashing: a change of the limit moves only the grants of added or removed slots.</summary>
public class SlotLimitTests
{
    private static readonly List<Grant> Grants =
        [.. Enumerable.Range(0, 2000).Select(i => (Grant)new DynamoDbGrant($"table-{i:0000}", "readWrite"))];

    private static int[] Slots(int limit) => [.. Grants.Select(g => PolicyPacking.SlotOf(g, limit))];

    [Theory]
    [InlineData(1, 2)]
    [InlineData(10, 11)]
    [InlineData(10, 20)]
    [InlineData(15, 17)]
    public void Raising_the_limit_moves_only_grants_into_the_added_slots_and_about_their_share(int from, int to)
    {
        var (before, after) = (Slots(from), Slots(to));
        var moved = Enumerable.Range(0, Grants.Count).Where(i => before[i] != after[i]).ToList();

        Assert.All(moved, i => Assert.InRange(after[i], from, to - 1));
        var expected = Grants.Count * (to - from) / (double)to;
        Assert.InRange(moved.Count, 0.8 * expected, 1.2 * expected);
    }

    [Theory]
    [InlineData(2, 1)]
    [InlineData(11, 10)]
    [InlineData(20, 10)]
    public void Lowering_the_limit_moves_only_grants_of_the_removed_slots(int from, int to)
    {
        var (before, after) = (Slots(from), Slots(to));

        Assert.All(Enumerable.Range(0, Grants.Count), i => Assert.True(
            before[i] < to ? after[i] == before[i] : after[i] < to,
            $"{Grants[i].Describe()}: slot {before[i]} of {from} became {after[i]} of {to}"));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(10)]
    [InlineData(20)]
    public void Every_slot_up_to_the_limit_takes_its_share(int limit)
    {
        var counts = Slots(limit).CountBy(slot => slot).ToDictionary();

        Assert.Equal(Enumerable.Range(0, limit), counts.Keys.Order());
        Assert.All(counts.Values, count => Assert.InRange(count, 0.7 * Grants.Count / limit, 1.3 * Grants.Count / limit));
    }
}
