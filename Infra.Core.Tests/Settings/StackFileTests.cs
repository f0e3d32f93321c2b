using Infra.Core.Grants;
using Infra.Core.Planning;
using Infra.Core.Settings;
using Infra.Core.Tests.Support;

namespace Infra.Core.Tests.Settings;

/// <summary>The shipped stack files and the full samples in examples/, read with every key they hold.</summary>
public class StackFileTests
{
    [Fact]
    public void The_repository_ships_a_dev_and_a_prod_stack_and_a_sample_of_each()
    {
        Assert.Equal(["dev", "prod"], RepositoryFiles.Stacks);
        Assert.Equal(["dev", "prod"], RepositoryFiles.Samples);
    }

    [Fact]
    public void The_shipped_stacks_start_small()
    {
        foreach (var stack in RepositoryFiles.Stacks)
        {
            var settings = StackPlan.From(StackFiles.Load(stack)).Settings;

            Assert.Single(settings.Branches);
            Assert.InRange(settings.Grants.Count, 1, 2);
            Assert.Contains($"examples/Pulumi.{stack}.yaml", File.ReadAllText(RepositoryFiles.Path($"Pulumi.{stack}.yaml")), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_samples_between_them_use_every_access_list()
    {
        var used = RepositoryFiles.Samples.SelectMany(s => StackPlan.From(StackFiles.Sample(s)).Settings.Grants).Select(g => g.Kind.Name).Distinct();

        Assert.Equal(GrantKinds.All.Select(k => k.Name).Order(), used.Order());
    }

    [Fact]
    public void The_dev_sample_reads_as_written()
    {
        var settings = StackPlan.From(StackFiles.Sample("dev")).Settings;

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
    public void The_prod_sample_reads_as_written()
    {
        var settings = StackPlan.From(StackFiles.Sample("prod")).Settings;

        Assert.Equal(["main"], settings.Branches);
        Assert.Equal("acme-shop-prod-ssr", settings.RoleName);
        Assert.Equal(["111122223333"], settings.AllowedAccountIds);
        Assert.Equal("arn:aws:iam::111122223333:policy/amplify-compute-boundary", settings.PermissionsBoundaryArn);
        Assert.Equal(18, settings.Grants.Count);
        Assert.Equal("shop", settings.Tags["cost-center"]);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Stages_differ_in_app_branches_and_resources(bool samples)
    {
        var dev = StackPlan.From(samples ? StackFiles.Sample("dev") : StackFiles.Load("dev")).Settings;
        var prod = StackPlan.From(samples ? StackFiles.Sample("prod") : StackFiles.Load("prod")).Settings;

        Assert.NotEqual(dev.AppId, prod.AppId);
        Assert.Empty(dev.Branches.Intersect(prod.Branches));
        Assert.Empty(dev.Grants.Select(g => g.Resource).Intersect(prod.Grants.Select(g => g.Resource)));
    }

    [Fact]
    public void Tags_merge_over_the_defaults()
    {
        var tags = StackPlan.From(StackFiles.Sample("dev")).Settings.Tags;

        Assert.Equal(
            new Dictionary<string, string> { ["managed-by"] = "pulumi", ["project"] = "amplify-compute-role", ["stack"] = "dev", ["team"] = "web" },
            tags);
    }

    [Fact]
    public void A_stack_tag_overrides_a_default() =>
        Assert.Equal("other", StackPlan.From(Configs.Valid(("tags", """{"managed-by":"other"}"""))).Settings.Tags["managed-by"]);
}
