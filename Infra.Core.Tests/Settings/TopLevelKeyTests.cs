using Infra.Core.Planning;
using Infra.Core.Tests.Support;

namespace Infra.Core.Tests.Settings;

public class TopLevelKeyTests
{
    private const string P = Configs.Project;

    [Theory]
    [InlineData("D1234", "'d' then lowercase letters and digits")]
    [InlineData("abc123", "'d' then lowercase letters and digits")]
    [InlineData("d12345678901234567890", "at most 20 characters")]
    public void A_bad_app_id_is_refused(string appId, string fix) =>
        ProblemAssert.Only(Configs.Valid(("appId", appId)), $"{P}:appId", appId, fix);

    [Fact]
    public void A_missing_app_id_is_refused() =>
        ProblemAssert.Only(Configs.Valid(("appId", null)), $"{P}:appId", null, "required");

    [Fact]
    public void A_missing_region_is_refused() =>
        ProblemAssert.Only(Configs.Valid(("aws:region", null)), "aws:region", null, "pulumi config set aws:region");

    [Fact]
    public void A_bad_region_is_refused() =>
        ProblemAssert.Only(Configs.Valid(("aws:region", "Europe")), "aws:region", "Europe", "aws:region");

    [Fact]
    public void A_bad_role_name_is_refused() =>
        ProblemAssert.Only(Configs.Valid(("roleName", "my role")), $"{P}:roleName", "my role", "1 to 64 of");

    [Fact]
    public void A_default_role_name_over_64_characters_asks_for_role_name()
    {
        var config = Configs.Valid() with { Stack = new string('s', 40) };
        var name = $"{P}-{config.Stack}-amplify-compute";

        ProblemAssert.Only(config, $"{P}:roleName", name, "set roleName");
    }

    [Theory]
    [InlineData("arn:aws:iam::123456789012:role/boundary", "managed policy ARN")]
    [InlineData("arn:aws-cn:iam::123456789012:policy/boundary", "partition 'aws-cn'")]
    public void A_bad_permissions_boundary_is_refused(string arn, string fix) =>
        ProblemAssert.Only(Configs.Valid(("permissionsBoundaryArn", arn)), $"{P}:permissionsBoundaryArn", arn, fix);

    [Theory]
    [InlineData("associateApp")]
    [InlineData("trustSourceConditions")]
    public void A_flag_that_is_not_a_boolean_is_refused(string key) =>
        ProblemAssert.Only(Configs.Valid((key, "yes")), $"{P}:{key}", "yes", "true or false");

    [Theory]
    [InlineData("abc")]
    [InlineData("0")]
    [InlineData("21")]
    [InlineData("1.5")]
    [InlineData("-3")]
    [InlineData(" 10")]
    [InlineData("99999999999")]
    public void A_managed_policy_limit_that_is_not_a_whole_number_from_1_to_20_is_refused(string limit) =>
        ProblemAssert.Only(Configs.Valid(("managedPolicyLimit", limit)), $"{P}:managedPolicyLimit", limit, "whole number from 1 to 20");

    [Theory]
    [InlineData(null, 10)]
    [InlineData("1", 1)]
    [InlineData("20", 20)]
    public void The_managed_policy_limit_defaults_to_10_and_takes_1_to_20(string? limit, int expected) =>
        Assert.Equal(expected, StackPlan.From(Configs.Valid(("managedPolicyLimit", limit))).Settings.ManagedPolicyLimit);

    [Fact]
    public void An_allowed_account_id_that_is_not_12_digits_is_refused() =>
        ProblemAssert.Only(Configs.Valid(("aws:allowedAccountIds", """["12345"]""")), "aws:allowedAccountIds", "12345", "12-digit");

    [Fact]
    public void An_unknown_project_key_names_the_key_probably_meant() =>
        ProblemAssert.Only(Configs.Valid(("branch", """["main"]""")), $"{P}:branch", """["main"]""", "did you mean 'branches'?");

    [Fact]
    public void Empty_optional_values_count_as_unset()
    {
        var settings = StackPlan.From(Configs.Valid(("roleName", ""), ("permissionsBoundaryArn", ""))).Settings;

        Assert.Equal($"{P}-test-amplify-compute", settings.RoleName);
        Assert.Null(settings.PermissionsBoundaryArn);
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var config = Configs.Valid(("appId", "X"), ("branches", "[]"), ("aws:region", null), ("associateApp", "maybe"));

        var problems = Configs.ProblemsOf(config);

        Assert.Equal(["aws:region", $"{P}:appId", $"{P}:branches", $"{P}:associateApp"], problems.Select(p => p.Key));
    }
}
