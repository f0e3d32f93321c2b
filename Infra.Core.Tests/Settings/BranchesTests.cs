using Infra.Core.Planning;
using Infra.Core.Tests.Support;

namespace Infra.Core.Tests.Settings;

public class BranchesTests
{
    private const string Key = $"{Configs.Project}:branches";

    [Fact]
    public void Branch_names_may_hold_slashes() =>
        Assert.Equal(["main", "feature/login"], StackPlan.From(Configs.Valid(("branches", """["main","feature/login"]"""))).Settings.Branches);

    [Fact]
    public void Missing_branches_are_refused() =>
        ProblemAssert.Only(Configs.Valid(("branches", null)), Key, null, "pulumi config set --path 'branches[0]' main");

    [Theory]
    [InlineData("[]")]
    [InlineData("main")]
    [InlineData("""{"main":true}""")]
    public void Branches_that_are_not_a_non_empty_list_are_refused(string raw) =>
        ProblemAssert.Only(Configs.Valid(("branches", raw)), Key, raw, "a list of one or more branch names");

    [Fact]
    public void A_duplicate_branch_is_refused() =>
        ProblemAssert.Only(Configs.Valid(("branches", """["main","main"]""")), $"{Key}[1]", "main", "listed twice");

    [Fact]
    public void A_branch_name_over_255_characters_is_refused()
    {
        var name = new string('b', 256);
        ProblemAssert.Only(Configs.Valid(("branches", $"""["{name}"]""")), $"{Key}[0]", name, "1 to 255 characters");
    }

    [Fact]
    public void A_branch_name_with_a_control_character_is_refused() =>
        ProblemAssert.Only(Configs.Valid(("branches", """["a\tb"]""")), $"{Key}[0]", "a\tb", "no control characters");

    [Fact]
    public void A_branch_that_is_not_a_string_is_refused() =>
        ProblemAssert.Only(Configs.Valid(("branches", "[42]")), $"{Key}[0]", "42", "must be a string");
}
