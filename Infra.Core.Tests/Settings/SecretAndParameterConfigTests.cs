using Infra.Core.Grants;
using Infra.Core.Planning;
using Infra.Core.Tests.Support;

namespace Infra.Core.Tests.Settings;

public class SecretAndParameterConfigTests
{
    private const string Key = $"{Configs.Project}:access";

    public static TheoryData<string, string> BadSecrets => new()
    {
        { "*", "never a bare '*'" },
        { "stripe key", "secret name" },
        { new string('s', 513), "1 to 512" },
        { "arn:aws:secretsmanager:eu-west-1:123456789012:secret:shop/stripe", "full ARN" },
        { "arn:aws-cn:secretsmanager:cn-north-1:123456789012:secret:shop/stripe-a1B2c3", "partition 'aws-cn'" },
    };

    [Theory]
    [MemberData(nameof(BadSecrets))]
    public void A_bad_secret_is_refused(string secret, string fix) =>
        ProblemAssert.Only(Configs.WithAccess($$"""{"secretsmanager":[{"secret":"{{secret}}"}]}"""), $"{Key}.secretsmanager[0].secret", secret, fix);

    [Theory]
    [InlineData("*")]
    [InlineData("/*")]
    [InlineData("shop/flags")]
    [InlineData("/shop//flags")]
    [InlineData("/shop/flags/")]
    [InlineData("/aws/reference/x")]
    [InlineData("/SSM/flags")]
    [InlineData("/shop flags")]
    [InlineData("/a/b/c/d/e/f/g/h/i/j/k/l/m/n/o/p")]
    [InlineData("arn:aws:ssm:eu-west-1:123456789012:parameter//shop")]
    public void A_bad_parameter_is_refused(string parameter) =>
        ProblemAssert.Only(Configs.WithAccess($$"""{"ssm":[{"parameter":"{{parameter}}"}]}"""), $"{Key}.ssm[0].parameter", parameter, "SSM parameter name");

    [Theory]
    [InlineData("/")]
    [InlineData("/shop/dev")]
    [InlineData("shop/dev/")]
    [InlineData("/shop/*/")]
    [InlineData("/aws/")]
    public void A_bad_path_is_refused(string path) =>
        ProblemAssert.Only(Configs.WithAccess($$"""{"ssm":[{"parameter":"flags"},{"path":"{{path}}"}]}"""), $"{Key}.ssm[1].path", path, "SSM parameter path");

    [Fact]
    public void A_parameter_and_a_path_together_are_refused() =>
        ProblemAssert.Only(Configs.WithAccess("""{"ssm":[{"parameter":"/shop/flags","path":"/shop/"}]}"""), $"{Key}.ssm[0].path", "/shop/", "'parameter' or 'path', not both");

    [Fact]
    public void Neither_a_parameter_nor_a_path_is_refused() =>
        ProblemAssert.Only(Configs.WithAccess("""{"ssm":[{}]}"""), $"{Key}.ssm[0].parameter", null, "required: 'parameter' or 'path'");

    [Fact]
    public void Good_entries_become_their_grants() =>
        Assert.Equal(
            [new SecretsManagerGrant("shop/stripe"), new SsmGrant("/shop/flags", IsPath: false), new SsmGrant("/shop/dev/", IsPath: true), new SsmGrant("flag-*", IsPath: false)],
            StackPlan.From(Configs.WithAccess("""
                {"secretsmanager":[{"secret":"shop/stripe"}],
                 "ssm":[{"parameter":"/shop/flags"},{"path":"/shop/dev/"},{"parameter":"flag-*"}]}
                """)).Settings.Grants);
}
