using Infra.Core.Association;

namespace Infra.Core.Tests.Association;

/// <summary>One run of observe.sh against the stand-in, with the environment the program gives it.</summary>
internal sealed class ObservationRun : IDisposable
{
    public const string RoleName = "web-ssr-compute";

    /// <param name="realAccountCheck">Whether the account check runs the real CLI, not <see cref="AccountCheckCache"/>.</param>
    public ObservationRun(bool withApp = false, bool realAccountCheck = false)
    {
        Skip.IfNot(ScriptRun.AwsCliAvailable, "the aws CLI is not on PATH");
        StandIn = new AmplifyStandIn(Scenario.Account);
        Run = new ScriptRun(StandIn, AssociationEnvironment.ForObservation(
            Scenario.AppId, withApp, Scenario.Region, null, Scenario.Account, Scenario.OurRole));
        // The tests of another CLI put theirs first instead.
        Run.PutFirstOnPath(realAccountCheck ? PreflightCache.Directory : AccountCheckCache.Directory);
    }

    public AmplifyStandIn StandIn { get; }

    public ScriptRun Run { get; }

    public ScriptResult Execute() => Run.Run(AssociationScripts.Observe);

    /// <summary>No request but reads: GETs to Amplify, and STS and IAM queries by their Action.</summary>
    public void AssertReadsOnly()
    {
        Assert.All(StandIn.Requests, r => Assert.True(
            r.Method == "GET" || r.Body.Contains("Action=GetCallerIdentity", StringComparison.Ordinal) || r.Body.Contains("Action=GetRole", StringComparison.Ordinal),
            $"a request that is not a read: {r.Method} {r.RawPath} {r.Body}"));
    }

    public void Dispose()
    {
        Run.Dispose();
        StandIn.Dispose();
    }
}
