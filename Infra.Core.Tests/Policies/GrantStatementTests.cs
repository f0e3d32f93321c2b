using Infra.Core.Grants;
using Infra.Core.Policies;
using Infra.Core.Settings;
using Infra.Core.Tests.Support;

namespace Infra.Core.Tests.Policies;

public class GrantStatementTests
{
    private static readonly ArnScope Scope = new("aws", "eu-west-1", "123456789012");

    private static PolicyStatement Only(Grant grant) => Assert.Single(grant.Statements(Scope));

    [Fact]
    public void A_table_by_name_grants_the_table_and_queries_its_indexes()
    {
        var grant = new DynamoDbGrant("orders-dev", "read");
        var statements = grant.Statements(Scope);

        Assert.Equal("OrdersDev", grant.SidStem);
        var table = statements.Single(s => s.Sid == "DynamoDbRead");
        Assert.Equal(DynamoDbGrant.Levels["read"].Actions, table.Actions);
        Assert.Equal(["arn:aws:dynamodb:eu-west-1:123456789012:table/orders-dev"], table.Resources);
        var indexes = statements.Single(s => s.Sid == "DynamoDbReadIndexes");
        Assert.Equal(ReferencePlacement.On(DynamoDbGrant.Levels["read"], "index"), indexes.Actions);
        Assert.Equal(["arn:aws:dynamodb:eu-west-1:123456789012:table/orders-dev/index/*"], indexes.Resources);
    }

    [Fact]
    public void A_table_by_arn_keeps_its_account_and_region_and_write_touches_no_index()
    {
        const string arn = "arn:aws:dynamodb:us-east-1:444455556666:table/catalog";
        var statement = Only(new DynamoDbGrant(arn, "write"));

        Assert.Equal("DynamoDbWrite", statement.Sid);
        Assert.Equal(DynamoDbGrant.Levels["write"].Actions, statement.Actions);
        Assert.Equal([arn], statement.Resources);
    }

    [Fact]
    public void Read_write_is_read_and_write_each_action_once()
    {
        var levels = DynamoDbGrant.Levels;
        Assert.Equal(levels["read"].Actions.Union(levels["write"].Actions).Order(), levels["readWrite"].Actions.Order());
        Assert.Equal(levels["readWrite"].Actions.Distinct().Count(), levels["readWrite"].Actions.Count);
    }

    [Fact]
    public void A_bucket_prefix_limits_listing_and_objects_to_the_prefix()
    {
        var statements = new S3Grant("uploads-dev", "user-files/", "readWrite").Statements(Scope);

        var list = statements.Single(s => s.Sid == "S3List");
        Assert.Equal(ReferencePlacement.On(S3Grant.Levels["readWrite"], "bucket"), list.Actions);
        Assert.Equal(["arn:aws:s3:::uploads-dev"], list.Resources);
        var condition = Assert.Single(list.ConditionList);
        Assert.Equal(("StringLike", "s3:prefix"), (condition.Operator, condition.Key));
        Assert.Equal(["user-files/*"], condition.Values);
        var objects = statements.Single(s => s.Sid == "S3ReadWriteObjects");
        Assert.Equal(ReferencePlacement.On(S3Grant.Levels["readWrite"], "object"), objects.Actions);
        Assert.Equal(["arn:aws:s3:::uploads-dev/user-files/*"], objects.Resources);
    }

    [Fact]
    public void A_whole_bucket_lists_without_condition_and_reads_every_object()
    {
        var statements = new S3Grant("assets", null, "read").Statements(Scope);

        Assert.Empty(statements.Single(s => s.Sid == "S3List").ConditionList);
        Assert.Equal(["arn:aws:s3:::assets/*"], statements.Single(s => s.Sid == "S3ReadObjects").Resources);
    }

    [Theory]
    [InlineData("put", "S3PutObjects")]
    [InlineData("delete", "S3DeleteObjects")]
    [InlineData("write", "S3WriteObjects")]
    public void Levels_that_only_write_never_list_the_bucket(string access, string sid)
    {
        var statement = Only(new S3Grant("uploads-dev", "in/", access));

        Assert.Equal(sid, statement.Sid);
        Assert.Equal(["arn:aws:s3:::uploads-dev/in/*"], statement.Resources);
        Assert.Empty(statement.ConditionList);
    }

    [Fact]
    public void Every_s3_level_that_writes_objects_carries_multipart_uploads()
    {
        foreach (var level in S3Grant.Levels.All.Where(l => l.Actions.Contains("s3:PutObject")))
        {
            Assert.Contains("s3:AbortMultipartUpload", level.Actions);
            Assert.Contains("s3:ListMultipartUploadParts", level.Actions);
        }
    }

    [Fact]
    public void An_unqualified_function_covers_its_versions_and_aliases()
    {
        var statement = Only(new LambdaGrant("thumbnailer"));

        Assert.Equal(LambdaGrant.Invoke.Actions, statement.Actions);
        Assert.Equal(["arn:aws:lambda:eu-west-1:123456789012:function:thumbnailer", "arn:aws:lambda:eu-west-1:123456789012:function:thumbnailer:*"], statement.Resources);
    }

    [Fact]
    public void A_qualified_function_arn_grants_exactly_that_alias()
    {
        const string arn = "arn:aws:lambda:eu-west-1:123456789012:function:thumbnailer:live";
        var grant = new LambdaGrant(arn);
        var statement = Only(grant);

        Assert.Equal(("LambdaInvoke", "ThumbnailerLive"), (statement.Sid, grant.SidStem));
        Assert.Equal([arn], statement.Resources);
    }

    [Theory]
    [InlineData("read", "KmsDecrypt")]
    [InlineData("readWrite", "KmsDecryptAndGenerateDataKey")]
    public void A_key_gets_its_level_on_the_key_alone(string access, string sid)
    {
        const string key = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";
        var grant = new KmsGrant(key, access);
        var statement = Only(grant);

        Assert.Equal((sid, "Key1234abcd12ab34cd56ef1234567890ab"), (statement.Sid, grant.SidStem));
        Assert.Equal(KmsGrant.Levels[access].Actions, statement.Actions);
        Assert.Equal([key], statement.Resources);
    }

    [Fact]
    public void A_prefix_name_says_so_in_its_sid() =>
        Assert.Equal("AppDevPrefix", new DynamoDbGrant("app-dev-*", "read").SidStem);

    [Fact]
    public void Another_partition_shows_in_every_arn() =>
        Assert.StartsWith("arn:aws-cn:dynamodb:cn-north-1:", new DynamoDbGrant("t-1", "read").Statements(new("aws-cn", "cn-north-1", "123456789012"))[0].Resources[0]);
}
