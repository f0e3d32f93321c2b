using Infra.Core.Planning;
using Infra.Core.Tests.Support;

namespace Infra.Core.Tests.Settings;

public class ResourceNameTests
{
    private const string Key = $"{Configs.Project}:access";
    private const string KeyArn = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";

    [Theory]
    [InlineData("*", "never a bare '*'")]
    [InlineData("or*ders", "DynamoDB table name")]
    [InlineData("ab", "3 to 255")]
    [InlineData("arn:aws:dynamodb:eu-west-1:123:table/orders", "table ARN")]
    [InlineData("arn:aws-cn:dynamodb:cn-north-1:123456789012:table/orders", "partition 'aws-cn'")]
    public void A_bad_table_is_refused(string table, string fix) =>
        ProblemAssert.Only(Configs.WithAccess($$"""{"dynamodb":[{"table":"{{table}}","access":"read"}]}"""), $"{Key}.dynamodb[0].table", table, fix);

    [Theory]
    [InlineData("*", "never a bare '*'")]
    [InlineData("My_Bucket", "S3 bucket name")]
    [InlineData("a..b", "S3 bucket name")]
    [InlineData("192.168.1.1", "S3 bucket name")]
    [InlineData("xn--bucket", "reserved prefixes")]
    [InlineData("data-s3alias", "reserved prefixes")]
    [InlineData("arn:aws:s3:::bucket", "S3 bucket name")]
    public void A_bad_bucket_is_refused(string bucket, string fix) =>
        ProblemAssert.Only(Configs.WithAccess($$"""{"s3":[{"bucket":"{{bucket}}","access":"read"}]}"""), $"{Key}.s3[0].bucket", bucket, fix);

    [Theory]
    [InlineData("uploads")]
    [InlineData("/uploads/")]
    [InlineData("up*/")]
    [InlineData("/")]
    public void A_bad_prefix_is_refused(string prefix) =>
        ProblemAssert.Only(Configs.WithAccess($$"""{"s3":[{"bucket":"bucket-1","prefix":"{{prefix}}","access":"read"}]}"""),
            $"{Key}.s3[0].prefix", prefix, "ending in '/'");

    [Theory]
    [InlineData("*", "never a bare '*'")]
    [InlineData("my.function", "Lambda function name")]
    [InlineData("arn:aws:lambda:eu-west-1:123456789012:layer:x", "function ARN")]
    public void A_bad_function_is_refused(string function, string fix) =>
        ProblemAssert.Only(Configs.WithAccess($$"""{"lambda":[{"function":"{{function}}"}]}"""), $"{Key}.lambda[0].function", function, fix);

    [Theory]
    [InlineData("arn:aws:kms:eu-west-1:123456789012:alias/app", "an alias does not authorise")]
    [InlineData("1234abcd-12ab-34cd-56ef-1234567890ab", "KMS key ARN")]
    [InlineData("*", "KMS key ARN")]
    public void A_bad_key_is_refused(string key, string fix) =>
        ProblemAssert.Only(Configs.WithAccess($$"""{"kms":[{"key":"{{key}}","access":"read"}]}"""), $"{Key}.kms[0].key", key, fix);

    [Theory]
    [InlineData("""{"dynamodb":[{"table":"app-dev-*","access":"read"}]}""")]
    [InlineData("""{"s3":[{"bucket":"app-dev-*","access":"read"}]}""")]
    [InlineData("""{"lambda":[{"function":"app-dev-*"}]}""")]
    [InlineData("""{"lambda":[{"function":"arn:aws:lambda:eu-west-1:123456789012:function:fn:$LATEST"}]}""")]
    [InlineData($$"""{"kms":[{"key":"{{KeyArn}}","access":"read"}]}""")]
    public void Names_ARNs_and_real_prefixes_are_accepted(string access) =>
        Assert.Single(StackPlan.From(Configs.WithAccess(access)).Settings.Grants);
}
