using Infra.Core.Grants;
using Infra.Core.Planning;
using Infra.Core.Tests.Support;

namespace Infra.Core.Tests.Settings;

public class AccessTests
{
    private const string Key = $"{Configs.Project}:access";

    [Theory]
    [InlineData("""{"dynamo":[]}""", "access.dynamo", "did you mean 'dynamodb'?")]
    [InlineData("""{"dynamodb":[{"tabel":"orders","access":"read"}]}""", "access.dynamodb[0].tabel", "did you mean 'table'?")]
    [InlineData("""{"s3":[{"bucket":"b-1","acess":"read"}]}""", "access.s3[0].acess", "did you mean 'access'?")]
    public void An_unknown_key_names_the_key_probably_meant(string access, string path, string fix)
    {
        var problems = Configs.ProblemsOf(Configs.WithAccess(access));

        Assert.Contains(problems, p => p.Key == $"{Configs.Project}:{path}" && p.Fix.Contains(fix, StringComparison.Ordinal));
    }

    [Fact]
    public void Access_that_is_not_an_object_is_refused() =>
        ProblemAssert.Only(Configs.WithAccess("[]"), Key, "[]", $"optional lists {string.Join(", ", GrantKinds.All.Select(k => k.Name))}");

    [Fact]
    public void A_list_that_is_not_a_list_is_refused() =>
        ProblemAssert.Only(Configs.WithAccess("""{"s3":{"bucket":"b-1"}}"""), $"{Key}.s3", """{"bucket":"b-1"}""", "a list of s3 entries");

    [Fact]
    public void An_entry_that_is_not_an_object_is_refused() =>
        ProblemAssert.Only(Configs.WithAccess("""{"lambda":["fn"]}"""), $"{Key}.lambda[0]", "fn", "must be an object");

    [Fact]
    public void A_missing_access_level_is_refused() =>
        ProblemAssert.Only(Configs.WithAccess("""{"dynamodb":[{"table":"orders"}]}"""), $"{Key}.dynamodb[0].access", null, "'read' or 'write' or 'readWrite'");

    [Fact]
    public void An_unknown_access_level_is_refused() =>
        ProblemAssert.Only(Configs.WithAccess("""{"kms":[{"key":"arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab","access":"write"}]}"""),
            $"{Key}.kms[0].access", "write", "'read' or 'readWrite'");

    [Fact]
    public void A_missing_resource_is_refused() =>
        ProblemAssert.Only(Configs.WithAccess("""{"lambda":[{}]}"""), $"{Key}.lambda[0].function", null, "required");

    [Fact]
    public void A_resource_that_is_not_a_string_is_refused() =>
        ProblemAssert.Only(Configs.WithAccess("""{"lambda":[{"function":7}]}"""), $"{Key}.lambda[0].function", "7", "must be a string");

    [Fact]
    public void The_same_resource_twice_is_refused() =>
        ProblemAssert.Only(Configs.WithAccess("""{"dynamodb":[{"table":"orders","access":"read"},{"table":"orders","access":"readWrite"}]}"""),
            $"{Key}.dynamodb[1]", "orders", $"already listed at {Key}.dynamodb[0]");

    [Fact]
    public void The_same_bucket_with_two_prefixes_is_two_resources() =>
        Assert.Equal(2, StackPlan.From(Configs.WithAccess(
            """{"s3":[{"bucket":"b-1","prefix":"a/","access":"read"},{"bucket":"b-1","prefix":"b/","access":"read"}]}""")).Settings.Grants.Count);

    [Fact]
    public void No_access_at_all_is_a_role_without_policies() =>
        Assert.Empty(StackPlan.From(Configs.Valid(("access", null))).Slots);
}
