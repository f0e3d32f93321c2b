using Infra.Core.Grants;
using Infra.Core.Planning;
using Infra.Core.Tests.Support;

namespace Infra.Core.Tests.Settings;

/// <summary>An <c>actions</c> list instead of <c>access</c> (or of a kind's fixed actions), on any named list.</summary>
public class ActionsConfigTests
{
    private const string Key = $"{Configs.Project}:access";

    private static NamedGrant Only(string access) => (NamedGrant)Assert.Single(StackPlan.From(Configs.WithAccess(access)).Settings.Grants);

    [Fact]
    public void An_s3_entry_grants_exactly_its_actions_on_the_objects()
    {
        var grant = Only("""{"s3":[{"bucket":"uploads","prefix":"in/","actions":["s3:PutObject"]}]}""");

        var statement = Assert.Single(grant.Statements(new("aws", "eu-west-1", "123456789012")));
        Assert.Equal("S3ActionsObjects", statement.Sid);
        Assert.Equal(["s3:PutObject"], statement.Actions);
        Assert.Equal(["arn:aws:s3:::uploads/in/*"], statement.Resources);
        Assert.Equal("s3 bucket 'uploads' prefix 'in/' (actions s3:PutObject)", grant.Describe());
    }

    [Fact]
    public void Listing_lands_on_the_bucket_under_the_prefix_condition()
    {
        var statements = Only("""{"s3":[{"bucket":"uploads","prefix":"in/","actions":["s3:GetObject","s3:ListBucket"]}]}""").Statements(new("aws", "eu-west-1", "123456789012"));

        var list = statements.Single(s => s.Sid == "S3ActionsBucket");
        Assert.Equal(["s3:ListBucket"], list.Actions);
        Assert.Equal(["arn:aws:s3:::uploads"], list.Resources);
        Assert.Equal(["in/*"], Assert.Single(list.ConditionList, c => c.Key == "s3:prefix").Values);
        Assert.Equal(["s3:GetObject"], statements.Single(s => s.Sid == "S3ActionsObjects").Actions);
    }

    [Fact]
    public void A_query_lands_on_the_table_and_its_indexes_in_one_statement()
    {
        var statement = Assert.Single(Only("""{"dynamodb":[{"table":"orders","actions":["dynamodb:Query"]}]}""").Statements(new("aws", "eu-west-1", "123456789012")));

        Assert.Equal(["arn:aws:dynamodb:eu-west-1:123456789012:table/orders", "arn:aws:dynamodb:eu-west-1:123456789012:table/orders/index/*"], statement.Resources);
    }

    [Theory]
    [InlineData("""{"sns":[{"topic":"alerts","actions":["sns:GetTopicAttributes"]}]}""", "sns:GetTopicAttributes")]
    [InlineData("""{"lambda":[{"function":"resize","actions":["lambda:GetFunction"]}]}""", "lambda:GetFunction")]
    [InlineData("""{"bedrock":[{"inferenceProfile":"eu.anthropic.claude-3-haiku-20240307-v1:0","actions":["bedrock:InvokeModel"]}]}""", "bedrock:InvokeModel")]
    public void A_kind_without_levels_takes_actions_instead_of_its_fixed_ones(string access, string action) =>
        Assert.All(Only(access).Statements(new("aws", "eu-west-1", "123456789012")), s => Assert.Equal([action], s.Actions));

    [Fact]
    public void Access_and_actions_together_are_refused_naming_both() =>
        ProblemAssert.Only(Configs.WithAccess("""{"s3":[{"bucket":"uploads","access":"read","actions":["s3:GetObject"]}]}"""),
            $"{Key}.s3[0].access", "read", $"give {Key}.s3[0].access or {Key}.s3[0].actions, not both");

    [Fact]
    public void Neither_access_nor_actions_names_both() =>
        ProblemAssert.Only(Configs.WithAccess("""{"kms":[{"key":"arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"}]}"""),
            $"{Key}.kms[0].access", null, $"or, instead, {Key}.kms[0].actions");

    [Theory]
    [InlineData("\"s3:PutObject\"", "s3:PutObject")]
    [InlineData("5", "5")]
    [InlineData("{}", "{}")]
    [InlineData("[]", "[]")]
    public void Actions_that_are_not_a_list_of_strings_are_refused(string json, string value) =>
        ProblemAssert.Only(Configs.WithAccess($$"""{"s3":[{"bucket":"uploads","actions":{{json}}}]}"""), $"{Key}.s3[0].actions", value, "non-empty list");

    [Theory]
    [InlineData("s3:PutObjekt", "did you mean 's3:PutObject'")]
    [InlineData("s3:putobject", "as AWS spells it: 's3:PutObject'")]
    [InlineData("S3:PutObject", "as AWS spells it: 's3:PutObject'")]
    [InlineData("sqs:SendMessage", "is an action of sqs, not s3: a 's3' entry grants s3: actions only; give it in the 'sqs' list")]
    [InlineData("states:StartExecution", "give it in the 'stepfunctions' list")]
    [InlineData("iam:PassRole", "give it in 'statements'")]
    [InlineData("acmecorp:PutObject", "not an action of s3")]
    [InlineData("s3:CreateJob", "applies to none of the resource types a 's3' entry grants on (bucket, object)")]
    [InlineData("s3:*", "without '*' or '?'")]
    [InlineData("s3:Get?bject", "did you mean 's3:GetObject'")]
    [InlineData("PutObject", "not an action of s3")]
    public void A_wrong_action_is_refused_with_the_nearest_of_the_kind(string action, string fix) =>
        ProblemAssert.Only(Configs.WithAccess($$"""{"s3":[{"bucket":"uploads","actions":["s3:GetObject","{{action}}"]}]}"""), $"{Key}.s3[0].actions[1]", action, fix);

    [Fact]
    public void An_action_listed_twice_is_refused() =>
        ProblemAssert.Only(Configs.WithAccess("""{"sqs":[{"queue":"jobs","actions":["sqs:SendMessage","sqs:SendMessage"]}]}"""), $"{Key}.sqs[0].actions[1]", "sqs:SendMessage", "listed twice");

    [Theory]
    [InlineData("""{"s3":[{"bucket":"uploads","prefix":"in/","actions":["s3:GetBucketLocation"]}]}""", "s3:GetBucketLocation", "s3:prefix")]
    [InlineData("""{"ses":[{"identity":"acme.com","actions":["ses:GetConfigurationSet"]}]}""", "ses:GetConfigurationSet", "grants on identity")]
    [InlineData("""{"bedrock":[{"inferenceProfile":"eu.anthropic.claude-3-haiku-20240307-v1:0","actions":["bedrock:GetFoundationModel"]}]}""", "bedrock:GetFoundationModel", "bedrock:InferenceProfileArn")]
    public void An_action_that_lands_on_no_resource_of_the_entry_is_refused(string access, string action, string fix)
    {
        var kind = access[2..access.IndexOf('"', 2)];
        ProblemAssert.Only(Configs.WithAccess(access), $"{Key}.{kind}[0].actions[0]", action, fix);
    }

    [Fact]
    public void A_statement_with_an_item_that_is_no_string_still_has_its_strings_checked()
    {
        var problems = Configs.ProblemsOf(Configs.WithAccess("""{"statements":[{"actions":["dynamodb:GetItems",7],"resources":["arn:aws:dynamodb:eu-west-1:123456789012:table/orders"]}]}"""));

        Assert.Equal([$"{Key}.statements[0].actions[0]", $"{Key}.statements[0].actions[1]"], problems.Select(p => p.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var problems = Configs.ProblemsOf(Configs.WithAccess("""
            {"s3":[{"bucket":"uploads","actions":["s3:PutObjekt",5,"s3:PutObject"]},{"bucket":"b!","access":"read","actions":["s3:*"]}],
             "dynamodb":[{"table":"orders","actions":["dynamodb:GetItems","dynamodb:Query","dynamodb:Query"]}]}
            """));

        Assert.Equal(
            [$"{Key}.dynamodb[0].actions[0]", $"{Key}.dynamodb[0].actions[2]", $"{Key}.s3[0].actions[0]", $"{Key}.s3[0].actions[1]", $"{Key}.s3[1].access", $"{Key}.s3[1].actions[0]", $"{Key}.s3[1].bucket"],
            problems.Select(p => p.Key).Order(StringComparer.Ordinal));
    }
}
