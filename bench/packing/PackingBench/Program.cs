using Infra.Core.Grants;
using Infra.Core.Policies;
using Infra.Core.Settings;
using PackingBench;

// Prints "key value" lines for bench/packing/run: how many reference grants one policy holds, how
// many fit before the first overflow at limits 10 and 20, and how many a removal or an addition moves.
const int MovesAt = 140;

var onePolicy = 0;
while (OnePolicy(onePolicy + 1).Size <= PolicyPacking.MaxPolicySize)
{
    onePolicy++;
}
Console.WriteLine($"ours.onePolicy {onePolicy}");

foreach (var limit in new[] { 10, 20 })
{
    var fit = 0;
    while (ReferenceShape.Plan(ReferenceShape.Tables(fit + 1), limit) is not null)
    {
        fit++;
    }
    Console.WriteLine($"ours.fit.{limit} {fit}");
}

var tables = ReferenceShape.Tables(MovesAt);
var before = Homes(tables);
Console.WriteLine($"ours.moves.removeFirst {Moved(before, Homes(tables.Skip(1)))}");
Console.WriteLine($"ours.moves.addFront {Moved(before, Homes([ReferenceShape.Table(9999), .. tables]))}");
Console.WriteLine($"ours.moves.limit10to20 {Moved(before, Homes(tables, 20))}");

// One managed policy holding the first `count` tables.
static PolicyDocument OnePolicy(int count) => PermissionPolicy.For(
    new PolicySlot(0, "p", [.. ReferenceShape.Tables(count).Select(t => new DynamoDbGrant(t, "readWrite"))]),
    new ArnScope("aws", "eu-west-1", ArnScope.PlaceholderAccountId));

// Which policy holds each table.
static Dictionary<string, string> Homes(IEnumerable<string> tables, int limit = 10)
{
    var plan = ReferenceShape.Plan(tables, limit) ?? throw new InvalidOperationException($"{MovesAt} reference grants must fit");
    return plan.Slots.SelectMany(slot => slot.Grants.Select(grant => (grant.Resource, slot.Name))).ToDictionary();
}

static int Moved(Dictionary<string, string> before, Dictionary<string, string> after) =>
    before.Count(home => after.TryGetValue(home.Key, out var now) && now != home.Value);
