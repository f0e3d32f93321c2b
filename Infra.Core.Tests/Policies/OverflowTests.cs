using Infra.Core.Tests.Support;

namespace Infra.Core.Tests.Policies;

public class OverflowTests
{
    // 300 tables by 200-character names: far more than any slot holds.
    private static string Tables() =>
        string.Join(",", Enumerable.Range(0, 300).Select(i => $$"""{"table":"{{new string('t', 200)}}-{{i}}","access":"readWrite"}"""));

    [Fact]
    public void A_policy_over_the_limit_fails_naming_its_grants_the_size_and_the_limit()
    {
        var problem = Configs.ProblemsOf(Configs.WithAccess($$"""{"dynamodb":[{{Tables()}}]}"""))[0];

        Assert.Equal($"{Configs.Project}:access", problem.Key);
        Assert.Matches(@"^amplify-compute-role-test-amplify-compute-policy-\d$", problem.Value);
        Assert.Matches(@"needs \d+ characters, over IAM's limit of 6144", problem.Fix);
        Assert.Contains($"dynamodb table '{new string('t', 200)}-", problem.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void An_overflow_suggests_a_name_prefix_and_a_higher_limit_naming_the_current_one()
    {
        var fix = Configs.ProblemsOf(Configs.WithAccess($$"""{"dynamodb":[{{Tables()}}]}"""))[0].Fix;

        Assert.Contains("one name prefix ending in '*'", fix, StringComparison.Ordinal);
        Assert.Contains("raise managedPolicyLimit (now 10, at most 20)", fix, StringComparison.Ordinal);
    }

    [Fact]
    public void At_the_highest_limit_an_overflow_no_longer_suggests_raising_it()
    {
        var problems = Configs.ProblemsOf(Configs.Valid(("access", $$"""{"dynamodb":[{{Tables()}}]}"""), ("managedPolicyLimit", "20")));

        Assert.Matches(@"-policy-\d+$", problems[0].Value);
        Assert.All(problems, p => Assert.DoesNotContain("managedPolicyLimit", p.Fix, StringComparison.Ordinal));
    }
}
