using Infra.Core.Planning;
using Infra.Core.Tests.Support;

namespace Infra.Core.Tests.Settings;

public class CustomConditionConfigTests
{
    private const string Key = $"{Configs.Project}:access.statements[0].conditions";

    private static string Access(string conditions) =>
        $$"""{"statements":[{"actions":["sqs:SendMessage"],"resources":["arn:aws:sqs:eu-west-1:123456789012:orders"],"conditions":{{conditions}}}]}""";

    [Theory]
    [InlineData("""{"StringEqual":{"aws:SourceVpc":"vpc-1"}}""", ".StringEqual", """{"aws:SourceVpc":"vpc-1"}""", "unknown operator")]
    [InlineData("""{"stringEquals":{"aws:SourceVpc":"vpc-1"}}""", ".stringEquals", """{"aws:SourceVpc":"vpc-1"}""", "unknown operator")]
    [InlineData("""{"NullIfExists":{"aws:SourceVpc":"true"}}""", ".NullIfExists", """{"aws:SourceVpc":"true"}""", "unknown operator")]
    [InlineData("""{"ForAllValues:Null":{"aws:TagKeys":"true"}}""", ".ForAllValues:Null", """{"aws:TagKeys":"true"}""", "unknown operator")]
    [InlineData("""{"StringEquals":"vpc-1"}""", ".StringEquals", "vpc-1", "non-empty object of condition keys")]
    [InlineData("""{"StringEquals":{}}""", ".StringEquals", "{}", "non-empty object of condition keys")]
    [InlineData("""{"Bool":{"aws:SecureTransport":true}}""", ".Bool.aws:SecureTransport", "true", "quote true, false and numbers")]
    [InlineData("""{"StringEquals":{"aws:SourceVpc":{"a":"b"}}}""", ".StringEquals.aws:SourceVpc", """{"a":"b"}""", "a string or a non-empty list of strings")]
    [InlineData("""{"StringEquals":{"aws:SourceVpc":[]}}""", ".StringEquals.aws:SourceVpc", "[]", "a string or a non-empty list of strings")]
    [InlineData("""{"StringEquals":{"aws:SourceVpc":["vpc-1",2]}}""", ".StringEquals.aws:SourceVpc[1]", "2", "must be a string")]
    [InlineData("""{"StringEquals":{"SourceVpc":"vpc-1"}}""", ".StringEquals.SourceVpc", "vpc-1", "condition key 'service:name'")]
    [InlineData("""{"StringEquals":{"aws:Source\u0000Vpc":"vpc-1"}}""", ".StringEquals.aws:Source\u0000Vpc", "vpc-1", "invisible (control, format) characters")]
    [InlineData("""{"StringEquals":{"aws:SourceVpc\u200b":"vpc-1"}}""", ".StringEquals.aws:SourceVpc\u200b", "vpc-1", "invisible (control, format) characters")]
    [InlineData("""{"Bool":{"aws:SecureTransport":"true\n"}}""", ".Bool.aws:SecureTransport", "true\n", "control characters")]
    [InlineData("""{"StringEquals":{"aws:SourceVpc":["vpc-1","vpc-2\u0085"]}}""", ".StringEquals.aws:SourceVpc[1]", "vpc-2\u0085", "control characters")]
    [InlineData("""{}""", "", "{}", "must not be empty")]
    [InlineData("""["StringEquals"]""", "", """["StringEquals"]""", "IAM's condition block")]
    public void A_condition_block_of_the_wrong_shape_is_refused_where_it_breaks(string conditions, string key, string value, string fix) =>
        ProblemAssert.Only(Configs.WithAccess(Access(conditions)), $"{Key}{key}", value, fix);

    [Fact]
    public void Every_bad_value_of_a_list_is_reported_at_once() =>
        Assert.Equal(
            [$"{Key}.StringEquals.aws:SourceVpc[0]", $"{Key}.StringEquals.aws:SourceVpc[2]"],
            Configs.ProblemsOf(Configs.WithAccess(Access("""{"StringEquals":{"aws:SourceVpc":[2,"vpc-1","vpc-2\t"]}}"""))).Select(p => p.Key));

    [Theory]
    [InlineData("""{"StringEqualsIgnoreCaseIfExists":{"aws:PrincipalTag/team":"web"}}""")]
    [InlineData("""{"ForAllValues:StringLike":{"aws:TagKeys":["team","cost-*"]}}""")]
    [InlineData("""{"ForAnyValue:ArnLikeIfExists":{"aws:SourceArn":"arn:aws:sns:*:*:x"}}""")]
    [InlineData("""{"Null":{"aws:SourceVpc":"false"},"IpAddress":{"aws:SourceIp":["10.0.0.0/8"]}}""")]
    [InlineData("""{"NumericLessThanEquals":{"aws:MultiFactorAuthAge":"3600"},"DateGreaterThan":{"aws:CurrentTime":"2024-01-01T00:00:00Z"}}""")]
    public void Conditions_are_passed_through_as_written(string conditions) =>
        Assert.Single(StackPlan.From(Configs.WithAccess(Access(conditions))).Settings.Grants);
}
