using Infra.Core.Planning;
using Infra.Core.Tests.Support;

namespace Infra.Core.Tests.Settings;

/// <summary>Inputs that once slipped through a rule or escaped as another exception.</summary>
public class EdgeInputRegressionTests
{
    private const string P = Configs.Project;

    [Theory]
    [InlineData("appId", "d1a2b3c4d5e6f7\n")]
    [InlineData("roleName", "my-role\n")]
    [InlineData("aws:region", "eu-west-1\n")]
    [InlineData("tags", """{"team":"web\n"}""")]
    [InlineData("access", """{"dynamodb":[{"table":"orders\n","access":"read"}]}""")]
    [InlineData("access", """{"lambda":[{"function":"fn\n"}]}""")]
    [InlineData("access", """{"s3":[{"bucket":"bucket-1\n","access":"read"}]}""")]
    // Found by the broken-config property (seed 4oTMtGVuTr-1): a condition value ending in U+0085.
    [InlineData("access", """{"statements":[{"actions":["sqs:SendMessage"],"resources":["arn:aws:sqs:eu-west-1:123456789012:orders"],"conditions":{"Bool":{"aws:SecureTransport":"true\u0085"}}}]}""")]
    public void A_trailing_line_break_breaks_the_rule(string key, string value)
    {
        var problem = Assert.Single(Configs.ProblemsOf(Configs.Valid((key, value))));

        Assert.StartsWith(key.Contains(':', StringComparison.Ordinal) ? key : $"{P}:{key}", problem.Key, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("branches", """["ma\ud800in"]""")]
    [InlineData("access", """{"dynamodb":[{"table":"\udc00","access":"read"}]}""")]
    [InlineData("tags", """{"t\ud800":"web"}""")]
    [InlineData("aws:allowedAccountIds", """["\ud800"]""")]
    public void A_lone_surrogate_escape_is_that_keys_problem(string key, string value)
    {
        var full = key.Contains(':', StringComparison.Ordinal) ? key : $"{P}:{key}";

        ProblemAssert.Only(Configs.Valid((key, value)), full, value, "");
    }

    // Built in code: an attribute argument cannot carry a lone surrogate through metadata.
    [Theory]
    [InlineData("branches", "[\"main{0}\"]")]
    [InlineData("aws:allowedAccountIds", "\u200b{0}")]
    public void A_lone_surrogate_character_is_that_keys_problem(string key, string template)
    {
        var value = template.Replace("{0}", "\ud800", StringComparison.Ordinal);
        var full = key.Contains(':', StringComparison.Ordinal) ? key : $"{P}:{key}";

        ProblemAssert.Only(Configs.Valid((key, value)), full, value, "");
    }

    [Theory]
    [InlineData(" ")]
    [InlineData("   ")]
    [InlineData("\u00a0")]
    public void A_blank_branch_name_is_refused(string name) =>
        ProblemAssert.Only(Configs.Valid(("branches", $"""["{name}"]""")), $"{P}:branches[0]", name, "not white space");

    [Fact]
    public void Duplicates_among_many_branches_are_found_in_one_pass()
    {
        var names = Enumerable.Range(0, 100_000).Select(i => $"\"b{i}\"").Append("\"b7\"");

        ProblemAssert.Only(Configs.Valid(("branches", $"[{string.Join(",", names)}]")), $"{P}:branches[100000]", "b7", "listed twice");
    }

    [Fact]
    public void Many_distinct_branches_plan() =>
        Assert.Equal(20_000, StackPlan.From(Configs.Valid(("branches", $"[{string.Join(",", Enumerable.Range(0, 20_000).Select(i => $"\"b{i}\""))}]"))).Associations.Count);
}
