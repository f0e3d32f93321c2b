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
    public static Scenario ScenarioFor(string target) => target == AssociationEnvironment.AppTarget
        ? Scenario.App(Scenario.OurRole)
        : Scenario.Branch("main", Scenario.OurRole);

    /// <summary>The Amplify operation the preflight checks for a target.</summary>
    public static string Operation(string target) => $"update-{target}";
}
