using PackingBench;

// Prints "key value" lines for bench/packing/run: how many reference grants fit before the first
// overflow at limits 10 and 20, and how many grants a removal or an addition moves.
const int MovesAt = 140;

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

// Which policy holds each table.
static Dictionary<string, string> Homes(IEnumerable<string> tables)
{
    var plan = ReferenceShape.Plan(tables, 10) ?? throw new InvalidOperationException($"{MovesAt} reference grants must fit");
    return plan.Slots.SelectMany(slot => slot.Grants.Select(grant => (grant.Resource, slot.Name))).ToDictionary();
}

static int Moved(Dictionary<string, string> before, Dictionary<string, string> after) =>
    before.Count(home => after.TryGetValue(home.Key, out var now) && now != home.Value);
