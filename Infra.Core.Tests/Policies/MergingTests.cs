using Infra.Core.Grants;
using Infra.Core.Policies;
using Infra.Core.Settings;

namespace Infra.Core.Tests.Policies;

public class MergingTests
{
    private static readonly ArnScope Scope = new("aws", "eu-west-1", "123456789012");

    private static PolicyDocument Document(params Grant[] grants) => PermissionPolicy.For(new PolicySlot(0, "p", grants), Scope);

    private static string Table(string name) => $"arn:aws:dynamodb:eu-west-1:123456789012:table/{name}";

    [Fact]
    public void Statements_of_one_group_merge_into_one_listing_every_resource_in_order()
    {
        var statements = Document(new DynamoDbGrant("b", "readWrite"), new DynamoDbGrant("a", "readWrite")).Statements;

        Assert.Equal(["DynamoDbReadWrite", "DynamoDbReadWriteIndexes"], statements.Select(s => s.Sid));
        Assert.Equal([Table("a"), Table("b")], statements[0].Resources);
        Assert.Equal([$"{Table("a")}/index/*", $"{Table("b")}/index/*"], statements[1].Resources);
    }

    [Fact]
    public void Different_actions_stay_apart_under_their_group_sids() =>
        Assert.Equal(["DynamoDbRead", "DynamoDbReadIndexes", "DynamoDbReadWrite", "DynamoDbReadWriteIndexes"],
            Document(new DynamoDbGrant("a", "read"), new DynamoDbGrant("b", "readWrite")).Statements.Select(s => s.Sid).Order());

    [Fact]
    public void A_grant_adds_its_resources_alone_to_the_size()
    {
        var one = Document(new DynamoDbGrant("orders", "readWrite")).Size;
        var two = Document(new DynamoDbGrant("orders", "readWrite"), new DynamoDbGrant("basket", "readWrite")).Size;

        Assert.Equal($",\"{Table("basket")}\",\"{Table("basket")}/index/*\"".Length, two - one);
    }

    [Fact]
    public void One_group_with_different_conditions_gets_the_sid_stem_of_each_statements_first_grant()
    {
        var document = Document(
            new S3Grant("media", "b/", "read"), new S3Grant("docs", "a/", "read"), new S3Grant("media", "a/", "read"));

        Assert.Equal(["S3ListDocsA", "S3ListMediaB", "S3ReadObjects"], document.Statements.Select(s => s.Sid).Order());
        Assert.Equal(["arn:aws:s3:::docs", "arn:aws:s3:::media"], document.Statements.Single(s => s.Sid == "S3ListDocsA").Resources);
    }

    [Fact]
    public void Sid_stems_that_collide_get_the_first_grants_hash_and_stay_unique()
    {
        var document = Document(new S3Grant("ab", "c-d/", "read"), new S3Grant("ab", "c.d/", "read"));

        var lists = document.Statements.Where(s => s.Sid.StartsWith("S3List", StringComparison.Ordinal)).Select(s => s.Sid).ToList();
        Assert.Equal(2, lists.Distinct().Count());
        Assert.All(lists, sid => Assert.Matches("^S3ListAbCD[0-9A-F]{8}$", sid));
    }
}
