using Infra.Core.Policies;

namespace Infra.Core.Tests.Policies;

public class PolicyJsonTests
{
    private static readonly PolicyDocument Document = new(
    [
        new("Zeta", ["s3:PutObject", "s3:GetObject", "s3:GetObject"], ["arn:aws:s3:::b/*"]),
        new("Alpha", ["dynamodb:Query"], ["arn:aws:dynamodb:eu-west-1:123456789012:table/t+x"],
            [new("StringLike", "s3:prefix", ["b*", "a*"]), new("ArnEquals", "iam:PolicyARN", ["p"])]),
    ]);

    [Fact]
    public void Compact_json_is_canonical()
    {
        const string expected = """{"Version":"2012-10-17","Statement":[{"Sid":"Alpha","Effect":"Allow","Action":["dynamodb:Query"],"Resource":["arn:aws:dynamodb:eu-west-1:123456789012:table/t+x"],"Condition":{"ArnEquals":{"iam:PolicyARN":["p"]},"StringLike":{"s3:prefix":["a*","b*"]}}},{"Sid":"Zeta","Effect":"Allow","Action":["s3:GetObject","s3:PutObject"],"Resource":["arn:aws:s3:::b/*"]}]}""";

        Assert.Equal(expected, Document.ToJson());
    }

    [Fact]
    public void Size_counts_the_compact_form_not_the_indented_one()
    {
        Assert.Equal(Document.ToJson().Length, Document.Size);
        Assert.True(Document.ToIndentedJson().Length > Document.Size);
        Assert.Equal(Document.ToJson(), Minify(Document.ToIndentedJson()));
    }

    [Fact]
    public void A_trust_policy_names_its_service_principal_and_no_resource()
    {
        var trust = new PolicyDocument([new("Trust", ["sts:AssumeRole"], [])], "amplify.amazonaws.com");

        Assert.Equal(
            """{"Version":"2012-10-17","Statement":[{"Sid":"Trust","Effect":"Allow","Principal":{"Service":"amplify.amazonaws.com"},"Action":["sts:AssumeRole"]}]}""",
            trust.ToJson());
    }

    private static string Minify(string json) =>
        System.Text.Json.Nodes.JsonNode.Parse(json)!.ToJsonString(new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
