using Infra.Core.Association;

namespace Infra.Core.Tests.Association;

/// <summary>Every script for both targets, by name, for theories that cover them all.</summary>
internal static class ScriptCases
{
    /// <summary>What create printed, so that update and delete get past reading it.</summary>
    public const string Recorded = $"previous-compute-role-arn: {Scenario.OtherRole}\n";

    public static TheoryData<string, string> All()
    {
        var data = new TheoryData<string, string>();
        foreach (var action in new[] { "create", "update", "delete" })
        {
            data.Add(action, AssociationEnvironment.BranchTarget);
            data.Add(action, AssociationEnvironment.AppTarget);
        }
        return data;
    }

    public static string Script(string action) => action switch
    {
        "create" => AssociationScripts.Create,
        "update" => AssociationScripts.Update,
        "delete" => AssociationScripts.Delete,
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, "create, update or delete"),
    };

    /// <summary>The target holds our role; <paramref name="target"/> is "branch" or "app".</summary>
    public static Scenario ScenarioFor(string target, bool realPreflight = false) => target == AssociationEnvironment.AppTarget
        ? Scenario.App(Scenario.OurRole, realPreflight)
        : Scenario.Branch("main", Scenario.OurRole, realPreflight: realPreflight);

    /// <summary>The Amplify operation the preflight checks for a target.</summary>
    public static string Operation(string target) => $"update-{target}";

    /// <summary>
    /// The script with credentials of another account (999988887777): it stops at the account check,
    /// after the real preflight. One run per case for the preflight and the account-check tests.
    /// </summary>
    public static SharedRun OtherAccount(string action, string target) => SharedRun.Of(
        $"{action}, {target}, credentials of another account",
        () =>
        {
            var scenario = ScenarioFor(target, realPreflight: true);
            scenario.Run.Environment[AssociationEnvironment.AccountId] = "999988887777";
            return scenario;
        },
        scenario => scenario.Execute(Script(action), Recorded));
}
