using Infra.Core.Grants;
using Infra.Core.Planning;
using Infra.Core.Settings;
using Infra.Core.Tests.Support;

namespace Infra.Core.Tests.Settings;

public class StackFileTests
{
    [Fact]
    public void The_repository_ships_a_dev_and_a_prod_stack() =>
        Assert.Equal(["dev", "prod"], RepositoryFiles.Stacks);

    [Fact]
    public void Dev_reads_as_written()
    {
        var settings = StackPlan.From(StackFiles.Load("dev")).Settings;

        Assert.Equal("d1a2b3c4d5e6f7", settings.AppId);
        Assert.Equal(["develop", "staging"], settings.Branches);
        Assert.Equal("amplify-compute-role-dev-amplify-compute", settings.RoleName);
        Assert.Equal(("eu-west-1", "aws"), (settings.Region, settings.Partition));
        Assert.Contains(new DynamoDbGrant("acme-shop-dev-feature-*", "read"), settings.Grants);
        Assert.Contains(new S3Grant("acme-shop-dev-uploads", "user-uploads/", "readWrite"), settings.Grants);
        Assert.False(settings.AssociateApp);
        Assert.False(settings.TrustSourceConditions);
        Assert.Null(settings.PermissionsBoundaryArn);
    }

    [Fact]
    public void Prod_reads_as_written()
    {
        var settings = StackPlan.From(StackFiles.Load("prod")).Settings;

        Assert.Equal(["main"], settings.Branches);
        Assert.Equal("acme-shop-prod-ssr", settings.RoleName);
        Assert.Equal(["111122223333"], settings.AllowedAccountIds);
        Assert.Equal("arn:aws:iam::111122223333:policy/amplify-compute-boundary", settings.PermissionsBoundaryArn);
        Assert.Equal(18, settings.Grants.Count);
        Assert.Equal("shop", settings.Tags["cost-center"]);
    }

    [Fact]
    public void Stages_differ_in_app_branches_and_resources()
    {
        var dev = StackPlan.From(StackFiles.Load("dev")).Settings;
        var prod = StackPlan.From(StackFiles.Load("prod")).Settings;

        Assert.NotEqual(dev.AppId, prod.AppId);
        Assert.Empty(dev.Branches.Intersect(prod.Branches));
        Assert.Empty(dev.Grants.Select(g => g.Resource).Intersect(prod.Grants.Select(g => g.Resource)));
    }

    [Fact]
    public void Tags_merge_over_the_defaults()
    {
        var tags = StackPlan.From(StackFiles.Load("dev")).Settings.Tags;

        Assert.Equal(
            new Dictionary<string, string> { ["managed-by"] = "pulumi", ["project"] = "amplify-compute-role", ["stack"] = "dev", ["team"] = "web" },
            tags);
    }

    [Fact]
    public void A_stack_tag_overrides_a_default() =>
        Assert.Equal("other", StackPlan.From(Configs.Valid(("tags", """{"managed-by":"other"}"""))).Settings.Tags["managed-by"]);
}
