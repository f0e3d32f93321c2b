using Infra.Core.Grants;
using Infra.Core.Planning;
using Infra.Core.Policies;
using Infra.Core.Settings;
using Infra.Core.Tests.Support;
using Xunit.Abstractions;

namespace Infra.Core.Tests.Policies;

/// <summary>
/// A rerunnable measurement, not a timed test: how many grants of the reference shape (a DynamoDB
/// table by a 24-character name, readWrite, in eu-west-1) fit before the first policy overflows.
/// Run: dotnet test Infra.Core.Tests --filter PackingCapacity --logger "console;verbosity=detailed"
/// </summary>
public class PackingCapacity(ITestOutputHelper output)
{
    private static string Table(int i) => $"acme-shop-prod-table-{i:0000}";

    private static string Access(int count) =>
        $$"""{"dynamodb":[{{string.Join(",", Enumerable.Range(0, count).Select(i => $$"""{"table":"{{Table(i)}}","access":"readWrite"}"""))}}]}""";

    private static int OnePolicyHolds()
    {
        var count = 0;
        while (PermissionPolicy.For(new(0, "p", [.. Enumerable.Range(0, count + 1).Select(i => new DynamoDbGrant(Table(i), AccessLevel.ReadWrite))]),
            new("aws", "eu-west-1", ArnScope.PlaceholderAccountId)).Size <= PolicyPacking.MaxPolicySize)
        {
            count++;
        }
        return count;
    }

    private static bool Fits(int count)
    {
        try
        {
            StackPlan.From(Configs.WithAccess(Access(count)));
            return true;
        }
        catch (ConfigException)
        {
            return false;
        }
    }

    [Fact]
    public void Reference_grants_that_fit_before_the_first_overflow()
    {
        var fit = 1;
        while (Fits(fit + 1))
        {
            fit++;
        }
        var onePolicy = OnePolicyHolds();
        output.WriteLine($"{fit} reference grants fit; grant {fit + 1} overflows the first policy (one policy alone holds {onePolicy}).");

        // Hashing over the slots costs some room against perfect packing, but must beat one policy by far.
        Assert.InRange(fit, 3 * onePolicy, PolicyPacking.SlotCount * onePolicy);
    }
}
