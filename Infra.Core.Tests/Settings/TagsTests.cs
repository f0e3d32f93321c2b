using Infra.Core.Tests.Support;

namespace Infra.Core.Tests.Settings;

public class TagsTests
{
    private const string Key = $"{Configs.Project}:tags";

    [Fact]
    public void A_tag_name_reserved_for_aws_is_refused() =>
        ProblemAssert.Only(Configs.Valid(("tags", """{"aws:team":"web"}""")), $"{Key}.aws:team", "aws:team", "reserved for AWS");

    [Fact]
    public void A_tag_value_over_256_characters_is_refused()
    {
        var value = new string('v', 257);
        ProblemAssert.Only(Configs.Valid(("tags", $$"""{"team":"{{value}}"}""")), $"{Key}.team", value, "at most 256");
    }

    [Fact]
    public void A_tag_value_with_a_forbidden_character_is_refused() =>
        ProblemAssert.Only(Configs.Valid(("tags", """{"team":"web;db"}""")), $"{Key}.team", "web;db", "letters, digits");

    [Fact]
    public void A_tag_value_that_is_not_a_string_is_refused() =>
        ProblemAssert.Only(Configs.Valid(("tags", """{"team":["web"]}""")), $"{Key}.team", """["web"]""", "must be a string");

    [Fact]
    public void Tags_that_are_not_a_map_are_refused() =>
        ProblemAssert.Only(Configs.Valid(("tags", """["web"]""")), Key, """["web"]""", "a map of tag names");

    [Fact]
    public void More_than_50_tags_with_the_defaults_are_refused()
    {
        var tags = "{" + string.Join(",", Enumerable.Range(0, 48).Select(i => $"\"t{i}\":\"v\"")) + "}";
        ProblemAssert.Only(Configs.Valid(("tags", tags)), Key, "51 tags", "at most 50 tags");
    }
}
