using Infra.Core.Association;

namespace Infra.Core.Tests.Association;

/// <summary>
/// One script test's world: a stand-in holding the target with a given role,
/// and a run whose environment is AssociationEnvironment.For that target. Its preflight's skeleton
/// comes from <see cref="PreflightCache"/> unless the test is about the preflight, and its account
/// check's answer from <see cref="AccountCheckCache"/> unless the test is about that check too.
/// </summary>
internal sealed class Scenario : IDisposable
{
    public const string Account = "111122223333";
    public const string Region = "eu-west-1";
    public const string AppId = "d1a2b3c4d5e6f7";
    public const string OurRole = "arn:aws:iam::111122223333:role/web-ssr-compute";
    public const string OtherRole = "arn:aws:iam::111122223333:role/someone-elses";

    private Scenario(AssociationTarget target, string? role, string? profile, bool realPreflight, bool realAccountCheck)
    {
        // Without the CLI these tests report themselves skipped, never passed.
        Skip.IfNot(ScriptRun.AwsCliAvailable, "the aws CLI is not on PATH");
        Target = target;
        StandIn = new AmplifyStandIn(Account);
        StandIn.Set(target.AppId, target.Branch, role);
        Run = new ScriptRun(StandIn, AssociationEnvironment.For(target, Region, profile, Account, OurRole));
        if (!realPreflight)
        {
            Run.PutFirstOnPath(realAccountCheck ? PreflightCache.Directory : AccountCheckCache.Directory);
        }
    }

    public AssociationTarget Target { get; }

    public AmplifyStandIn StandIn { get; }

    public ScriptRun Run { get; }

    /// <summary>The target's raw path as the CLI sends it, e.g. /apps/d1/branches/main.</summary>
    public string Path => Target.IsApp
        ? $"/apps/{AppId}"
        : $"/apps/{AppId}/branches/{Uri.EscapeDataString(Target.Branch!)}";

    public string? CurrentRole => StandIn.RoleOf(Target.AppId, Target.Branch);

    public static Scenario Branch(
        string branch, string? role, string? profile = null, bool realPreflight = false, bool realAccountCheck = false) =>
        new(new AssociationTarget(AppId, branch), role, profile, realPreflight, realAccountCheck || realPreflight);

    public static Scenario App(string? role, bool realPreflight = false) =>
        new(new AssociationTarget(AppId, null), role, null, realPreflight, realPreflight);

    /// <summary>Runs a script as pulumi-command would after a create/update that printed <paramref name="recorded"/>.</summary>
    public ScriptResult Execute(string script, string? recorded = null)
    {
        if (recorded is not null)
        {
            Run.Environment[ScriptRun.PulumiCommandStdout] = recorded;
        }
        return Run.Run(script);
    }

    public void Dispose()
    {
        Run.Dispose();
        StandIn.Dispose();
    }
}
