using Infra.Core.Association;
using static Infra.Core.Tests.Association.Scenario;

namespace Infra.Core.Tests.Association;

public class AccountCheckTests
{
    [SkippableTheory]
    [InlineData("create")]
    [InlineData("update")]
    [InlineData("delete")]
    public void Other_account_stops_before_any_Amplify_call(string action)
    {
        var (scenario, result) = ScriptCases.OtherAccount(action, AssociationEnvironment.BranchTarget);

        result.AssertFailed();
        Assert.Empty(scenario.StandIn.AmplifyCalls);
        Assert.Single(scenario.StandIn.Requests); // GetCallerIdentity only
        Assert.Contains(
            "the AWS CLI's credentials are for account 111122223333, but this stack deploys to account 999988887777",
            result.Stderr,
            StringComparison.Ordinal);
        Assert.Contains("set AWS_PROFILE (the stack's aws:profile)", result.Stderr, StringComparison.Ordinal);
        Assert.Empty(result.Stdout);
    }

    [SkippableFact]
    public void AWS_PROFILE_is_honoured()
    {
        // Credentials come only from the profile's files; its own region must lose to ACR_REGION.
        using var scenario = Branch("main", role: null, profile: "stack-deployer", realAccountCheck: true);
        var environment = scenario.Run.Environment;
        environment.Remove("AWS_ACCESS_KEY_ID");
        environment.Remove("AWS_SECRET_ACCESS_KEY");
        File.WriteAllText(environment["AWS_CONFIG_FILE"], "[profile stack-deployer]\nregion = us-east-2\n");
        File.WriteAllText(
            environment["AWS_SHARED_CREDENTIALS_FILE"],
            "[stack-deployer]\naws_access_key_id = FAKEPROFILEKEYFORTESTS\naws_secret_access_key = fake-profile-secret\n");

        scenario.Execute(AssociationScripts.Create).AssertSucceeded();

        Assert.Equal(3, scenario.StandIn.Requests.Count);
        Assert.All(scenario.StandIn.Requests, r => Assert.Equal(("FAKEPROFILEKEYFORTESTS", Region), (r.AccessKeyId, r.SigningRegion)));
    }
}
