using Infra.Core.Planning;
using Infra.Core.Tests.Support;

namespace Infra.Core.Tests.Settings;

/// <summary>Condition keys apply to the statement's actions; values fit their operator; no line breaks anywhere.</summary>
public class StatementConditionTests
{
    private const string Key = $"{Configs.Project}:access.statements[0].conditions";

    private static string Access(string action, string resource, string conditions) =>
        $$"""{"statements":[{"actions":["{{action}}"],"resources":["{{resource}}"],"conditions":{{conditions}}}]}""";

    private static string Objects(string conditions) => Access("s3:GetObject", "arn:aws:s3:::uploads/*", conditions);

    [Theory]
    [InlineData("""{"StringEquals":{"s3:ExistingObjectTags/team":"web"}}""", ".StringEquals.s3:ExistingObjectTags/team", "did you mean 's3:ExistingObjectTag/<key>'?")]
    [InlineData("""{"StringEquals":{"aws:SourceVPC2":"vpc-1"}}""", ".StringEquals.aws:SourceVPC2", "did you mean")]
    [InlineData("""{"StringEquals":{"dynamodb:LeadingKeys":"u1"}}""", ".StringEquals.dynamodb:LeadingKeys", "no global condition key")]
    public void A_condition_key_of_none_of_the_actions_is_refused_with_the_nearest(string conditions, string key, string fix) =>
        ProblemAssert.Only(Configs.WithAccess(Objects(conditions)), $"{Key}{key}", key[(key.IndexOf('.', 1) + 1)..], fix);

    [Fact]
    public void The_key_that_narrows_PutMetricData_is_accepted_on_star() =>
        Assert.Single(StackPlan.From(Configs.WithAccess(Access("cloudwatch:PutMetricData", "*", """{"StringEquals":{"cloudwatch:namespace":"Shop"}}"""))).Settings.Grants);

    [Theory]
    [InlineData("Bool", "aws:SecureTransport", "yes", "\"true\" or \"false\"")]
    [InlineData("Bool", "aws:SecureTransport", "True", "\"true\" or \"false\"")]
    [InlineData("Null", "aws:SourceVpc", "1", "\"true\" or \"false\"")]
    [InlineData("NumericLessThan", "aws:MultiFactorAuthAge", "1h", "integer or decimal")]
    [InlineData("NumericLessThanIfExists", "aws:MultiFactorAuthAge", "", "integer or decimal")]
    [InlineData("DateGreaterThan", "aws:CurrentTime", "2026-13-01", "ISO 8601")]
    [InlineData("DateLessThan", "aws:CurrentTime", "02/12/2026", "ISO 8601")]
    [InlineData("DateLessThan", "aws:CurrentTime", "2026-12-02T25:00:00Z", "ISO 8601")]
    [InlineData("IpAddress", "aws:SourceIp", "203.0.113.0/33", "CIDR")]
    [InlineData("NotIpAddress", "aws:SourceIp", "intranet", "CIDR")]
    [InlineData("ForAnyValue:IpAddress", "aws:SourceIp", "10.0.0.256", "CIDR")]
    [InlineData("IpAddress", "aws:SourceIp", "10.1/16", "CIDR")]
    [InlineData("ArnLike", "aws:SourceArn", "orders-queue", "an ARN")]
    [InlineData("ArnEquals", "aws:SourceArn", "arn:aws:sqs:orders", "an ARN")]
    public void A_value_its_operator_cannot_compare_is_refused(string op, string conditionKey, string value, string fix) =>
        ProblemAssert.Only(Configs.WithAccess(Objects($$$"""{"{{{op}}}":{"{{{conditionKey}}}":"{{{value}}}"}}""")), $"{Key}.{op}.{conditionKey}", value, fix);

    [Theory]
    [InlineData("Bool", "aws:SecureTransport", "false")]
    [InlineData("Null", "aws:SourceVpc", "true")]
    [InlineData("NumericGreaterThanEquals", "aws:MultiFactorAuthAge", "-2.5")]
    [InlineData("DateLessThan", "aws:CurrentTime", "2026-12-02")]
    [InlineData("DateLessThan", "aws:CurrentTime", "2026-12-02T15:00+01:00")]
    [InlineData("DateLessThanEquals", "aws:EpochTime", "1796223600")]
    [InlineData("IpAddress", "aws:SourceIp", "203.0.113.7")]
    [InlineData("IpAddress", "aws:SourceIp", "2001:db8::/32")]
    [InlineData("ArnLike", "aws:SourceArn", "arn:aws:sns:*:*:orders")]
    public void A_value_its_operator_compares_is_accepted(string op, string conditionKey, string value) =>
        Assert.Single(StackPlan.From(Configs.WithAccess(Objects($$$"""{"{{{op}}}":{"{{{conditionKey}}}":"{{{value}}}"}}"""))).Settings.Grants);

    [Theory]
    [InlineData("web\\u2028team")]
    [InlineData("web\\u2029")]
    [InlineData("web\\u007f")]
    public void A_line_separator_or_control_character_in_a_value_is_refused(string written) =>
        ProblemAssert.Only(Configs.WithAccess(Objects($$$"""{"StringEquals":{"aws:PrincipalTag/team":"{{{written}}}"}}""")),
            $"{Key}.StringEquals.aws:PrincipalTag/team", System.Text.RegularExpressions.Regex.Unescape(written), "line separators");
}
