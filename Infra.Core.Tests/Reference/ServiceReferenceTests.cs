using Infra.Core.Reference;

namespace Infra.Core.Tests.Reference;

public class ServiceReferenceTests
{
    private static readonly ServiceReference Aws = ServiceReference.Aws;

    [Fact]
    public void Actions_are_looked_up_in_AWS_exact_spelling()
    {
        Assert.Equal("s3:GetObject", Aws.Action("s3:GetObject")?.FullName);
        Assert.Null(Aws.Action("s3:getobject"));
        Assert.Null(Aws.Action("acmecorp:GetThing"));
        Assert.True(Aws.HasService("dynamodb"));
        Assert.False(Aws.HasService("acmecorp"));
    }

    [Theory]
    [InlineData("dynamodb:GetItems", "dynamodb:GetItem")]
    [InlineData("dynamodb:getitem", "dynamodb:GetItem")]
    [InlineData("s3:GetObjekt", "s3:GetObject")]
    public void The_nearest_real_action_is_found(string written, string nearest) =>
        Assert.Equal(nearest, Aws.NearestAction(written));

    [Fact]
    public void Actions_without_a_required_resource_type_are_marked()
    {
        Assert.True(Aws.Action("xray:PutTraceSegments")!.NeedsNoResource);
        Assert.False(Aws.Action("dynamodb:GetItem")!.NeedsNoResource);
    }

    [Theory]
    [InlineData("s3", "object", "arn:aws:s3:::uploads/avatars/*", true)]
    [InlineData("s3", "bucket", "arn:aws:s3:::uploads", true)]
    [InlineData("s3", "bucket", "arn:aws:s3:eu-west-1::uploads", false)]
    [InlineData("s3", "bucket", "arn:aws:s3::123456789012:uploads", false)]
    [InlineData("dynamodb", "table", "arn:aws:dynamodb:eu-west-1:123456789012:table/orders", true)]
    [InlineData("dynamodb", "table", "arn:aws:dynamodb:eu-west-1::table/orders", false)]
    [InlineData("dynamodb", "table", "arn:aws:dynamodb:eu-west-1:١٢٣٤٥٦٧٨٩٠١٢:table/orders", false)]
    [InlineData("dynamodb", "index", "arn:aws:dynamodb:eu-west-1:123456789012:table/orders/index/*", true)]
    public void Arns_match_the_format_of_their_resource_type(string service, string type, string arn, bool matches) =>
        Assert.Equal(matches, Aws.ResourceType(service, type)!.Matches(arn));

    [Theory]
    [InlineData("aws:SourceIp", true)]
    [InlineData("aws:ResourceTag/team", true)]
    [InlineData("cloudwatch:namespace", true)]
    [InlineData("cloudwatch:namespaces", false)]
    [InlineData("s3:prefix", false)]
    public void Condition_keys_are_global_or_of_the_listed_actions(string key, bool exists) =>
        Assert.Equal(exists, Aws.ConditionKeyExists(key, [Aws.Action("cloudwatch:PutMetricData")!]));

    [Fact]
    public void The_nearest_condition_key_is_found() =>
        Assert.Equal("cloudwatch:namespace", Aws.NearestConditionKey("cloudwatch:namespaces", [Aws.Action("cloudwatch:PutMetricData")!]));

    [Fact]
    public void The_snapshot_names_its_pinned_source() =>
        Assert.Matches(@"^0\.[0-9]+\.[0-9]+$", Aws.Version);
}
