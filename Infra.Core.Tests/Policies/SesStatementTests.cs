using Infra.Core.Grants;
using Infra.Core.Policies;
using Infra.Core.Settings;

namespace Infra.Core.Tests.Policies;

public class SesStatementTests
{
    private static readonly ArnScope Scope = new("aws", "eu-west-1", "123456789012");

    private static PolicyStatement Only(Grant grant) => Assert.Single(grant.Statements(Scope));

    [Fact]
    public void A_domain_by_name_sends_as_the_identity_in_the_stacks_account_and_region()
    {
        var grant = new SesGrant("mail.acme-shop.com", null, null);
        var statement = Only(grant);

        Assert.Equal(("SesSendEmail", "MailAcmeShopCom"), (statement.Sid, grant.SidStem));
        Assert.Equal(SesGrant.Send.Actions, statement.Actions);
        Assert.Equal(["arn:aws:ses:eu-west-1:123456789012:identity/mail.acme-shop.com"], statement.Resources);
        Assert.Empty(statement.ConditionList);
    }

    [Fact]
    public void A_configuration_set_is_authorised_too_and_a_from_address_becomes_a_condition()
    {
        var grant = new SesGrant("acme-shop.com", "transactional", "orders@acme-shop.com");
        var statement = Only(grant);

        Assert.Equal("AcmeShopComTransactional", grant.SidStem);
        Assert.Equal(["arn:aws:ses:eu-west-1:123456789012:identity/acme-shop.com", "arn:aws:ses:eu-west-1:123456789012:configuration-set/transactional"], statement.Resources);
        var condition = Assert.Single(statement.ConditionList);
        Assert.Equal(("StringEquals", "ses:FromAddress"), (condition.Operator, condition.Key));
        Assert.Equal(["orders@acme-shop.com"], condition.Values);
    }

    [Fact]
    public void Identity_and_configuration_set_arns_keep_their_account_and_region()
    {
        const string identity = "arn:aws:ses:us-east-1:444455556666:identity/noreply@acme-shop.com";
        const string set = "arn:aws:ses:us-east-1:444455556666:configuration-set/shared";
        var grant = new SesGrant(identity, set, null);

        Assert.Equal("NoreplyAcmeShopComShared", grant.SidStem);
        Assert.Equal([identity, set], Only(grant).Resources);
    }
}
