using Infra.Core.Grants;
using Infra.Core.Policies;
using Infra.Core.Settings;

namespace Infra.Core.Tests.Policies;

public class GrantStatementTests
{
    private static readonly ArnScope Scope = new("aws", "eu-west-1", "123456789012");

    private static PolicyStatement Only(Grant grant) => Assert.Single(grant.Statements(Scope));

    [Fact]
    public void A_table_by_name_grants_the_table_and_its_indexes()
    {
        var grant = new DynamoDbGrant("orders-dev", AccessLevel.Read);
        var statement = Only(grant);

        Assert.Equal(("DynamoDbRead", "OrdersDev"), (statement.Sid, grant.SidStem));
        Assert.Equal(DynamoDbGrant.ReadActions, statement.Actions);
        Assert.Equal(["arn:aws:dynamodb:eu-west-1:123456789012:table/orders-dev", "arn:aws:dynamodb:eu-west-1:123456789012:table/orders-dev/index/*"], statement.Resources);
    }

    [Fact]
    public void A_table_by_arn_keeps_its_account_and_region_and_read_write_adds_the_writes()
    {
        const string arn = "arn:aws:dynamodb:us-east-1:444455556666:table/catalog";
        var grant = new DynamoDbGrant(arn, AccessLevel.ReadWrite);
        var statement = Only(grant);

        Assert.Equal(("DynamoDbReadWrite", "Catalog"), (statement.Sid, grant.SidStem));
        Assert.Equal([.. DynamoDbGrant.ReadActions, .. DynamoDbGrant.WriteActions], statement.Actions);
        Assert.Equal([arn, $"{arn}/index/*"], statement.Resources);
    }

    [Fact]
    public void A_bucket_prefix_limits_listing_and_objects_to_the_prefix()
    {
        var statements = new S3Grant("uploads-dev", "user-files/", AccessLevel.ReadWrite).Statements(Scope);

        var list = statements.Single(s => s.Sid == "S3List");
        Assert.Equal(["s3:ListBucket"], list.Actions);
        Assert.Equal(["arn:aws:s3:::uploads-dev"], list.Resources);
        var condition = Assert.Single(list.ConditionList);
        Assert.Equal(("StringLike", "s3:prefix"), (condition.Operator, condition.Key));
        Assert.Equal(["user-files/*"], condition.Values);
        var objects = statements.Single(s => s.Sid == "S3ReadWriteObjects");
        Assert.Equal(["s3:GetObject", "s3:AbortMultipartUpload", "s3:DeleteObject", "s3:PutObject"], objects.Actions);
        Assert.Equal(["arn:aws:s3:::uploads-dev/user-files/*"], objects.Resources);
    }

    [Fact]
    public void A_whole_bucket_lists_without_condition_and_reads_every_object()
    {
        var statements = new S3Grant("assets", null, AccessLevel.Read).Statements(Scope);

        Assert.Empty(statements.Single(s => s.Sid == "S3List").ConditionList);
        var objects = statements.Single(s => s.Sid == "S3ReadObjects");
        Assert.Equal(["s3:GetObject"], objects.Actions);
        Assert.Equal(["arn:aws:s3:::assets/*"], objects.Resources);
    }

    [Fact]
    public void An_unqualified_function_covers_its_versions_and_aliases()
    {
        var statement = Only(new LambdaGrant("thumbnailer"));

        Assert.Equal(["lambda:InvokeFunction"], statement.Actions);
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
    [InlineData(AccessLevel.Read, "KmsDecrypt", new[] { "kms:Decrypt" })]
    [InlineData(AccessLevel.ReadWrite, "KmsDecryptAndGenerateDataKey", new[] { "kms:Decrypt", "kms:GenerateDataKey" })]
    public void A_key_decrypts_and_read_write_also_generates_data_keys(AccessLevel access, string sid, string[] actions)
    {
        const string key = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";
        var grant = new KmsGrant(key, access);
        var statement = Only(grant);

        Assert.Equal((sid, "Key1234abcd12ab34cd56ef1234567890ab"), (statement.Sid, grant.SidStem));
        Assert.Equal(actions, statement.Actions);
        Assert.Equal([key], statement.Resources);
    }

    [Fact]
    public void A_prefix_name_says_so_in_its_sid() =>
        Assert.Equal("AppDevPrefix", new DynamoDbGrant("app-dev-*", AccessLevel.Read).SidStem);

    [Fact]
    public void Another_partition_shows_in_every_arn() =>
        Assert.StartsWith("arn:aws-cn:dynamodb:cn-north-1:", new DynamoDbGrant("t-1", AccessLevel.Read).Statements(new("aws-cn", "cn-north-1", "123456789012"))[0].Resources[0]);
}
