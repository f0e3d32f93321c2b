using Infra.Core.Grants;
using Infra.Core.Planning;
using Infra.Core.Tests.Support;

namespace Infra.Core.Tests.Settings;

public class SesConfigTests
{
    private const string Key = $"{Configs.Project}:access.ses[0]";

    private static void Refused(string entry, string field, string? value, string fix) =>
        ProblemAssert.Only(Configs.WithAccess($$"""{"ses":[{{entry}}]}"""), $"{Key}.{field}", value, fix);

    [Theory]
    [InlineData("acme")]
    [InlineData("*")]
    [InlineData("acme-*.com")]
    [InlineData("-acme.com")]
    [InlineData("no reply@acme.com")]
    [InlineData("*@acme.com")]
    [InlineData("a..b@acme.com")]
    [InlineData("arn:aws:ses:eu-west-1:123456789012:identity/acme")]
    public void An_identity_that_is_neither_a_domain_nor_an_address_is_refused(string identity) =>
        Refused($$"""{"identity":"{{identity}}"}""", "identity", identity, "a domain (mail.example.com) or an email address");

    [Fact]
    public void An_identity_in_another_partition_is_refused() =>
        Refused("""{"identity":"arn:aws-cn:ses:cn-north-1:123456789012:identity/acme.com"}""", "identity",
            "arn:aws-cn:ses:cn-north-1:123456789012:identity/acme.com", "partition 'aws-cn'");

    [Fact]
    public void A_missing_identity_is_refused() =>
        Refused("""{"fromAddress":"a@acme.com"}""", "identity", null, "required");

    [Theory]
    [InlineData("my set")]
    [InlineData("arn:aws:ses:eu-west-1:123456789012:identity/acme.com")]
    public void A_bad_configuration_set_is_refused(string set) =>
        Refused($$"""{"identity":"acme.com","configurationSet":"{{set}}"}""", "configurationSet", set, "configuration set name");

    [Theory]
    [InlineData("acme.com", "orders@other.com")]
    [InlineData("acme.com", "orders@notacme.com")]
    [InlineData("orders@acme.com", "sales@acme.com")]
    [InlineData("acme.com", "acme.com")]
    public void A_from_address_the_identity_does_not_cover_is_refused(string identity, string from) =>
        Refused($$"""{"identity":"{{identity}}","fromAddress":"{{from}}"}""", "fromAddress", from, "that the identity covers");

    [Theory]
    [InlineData("""{"identity":"acme.com","fromAddress":"orders@mail.acme.com"}""")]
    [InlineData("""{"identity":"Orders@Acme.com","fromAddress":"orders@acme.com"}""")]
    [InlineData("""{"identity":"arn:aws:ses:us-east-1:444455556666:identity/acme.com","configurationSet":"arn:aws:ses:us-east-1:444455556666:configuration-set/shared"}""")]
    public void Domains_addresses_and_arns_are_accepted(string entry) =>
        Assert.IsType<SesGrant>(Assert.Single(StackPlan.From(Configs.WithAccess($$"""{"ses":[{{entry}}]}""")).Settings.Grants));

    [Fact]
    public void The_same_identity_with_another_from_address_is_another_grant() =>
        Assert.Equal(2, StackPlan.From(Configs.WithAccess(
            """{"ses":[{"identity":"acme.com","fromAddress":"a@acme.com"},{"identity":"acme.com","fromAddress":"b@acme.com"}]}""")).Settings.Grants.Count);

    [Fact]
    public void The_same_identity_twice_is_refused() =>
        ProblemAssert.Only(Configs.WithAccess("""{"ses":[{"identity":"acme.com"},{"identity":"acme.com"}]}"""),
            $"{Configs.Project}:access.ses[1]", "acme.com", "already listed");
}
