using Infra.Core.Association;

namespace Infra.Core.Tests.Association;

/// <summary>Missing or wrong ACR_ variables stop the scripts before any AWS call.</summary>
public class ScriptInputTests
{
    private static readonly AssociationTarget MainBranch = new("d1a2b3c4d5e6f7", "main");

    public static TheoryData<string, string> RequiredVariables()
    {
        var data = new TheoryData<string, string>();
        foreach (var script in new[] { AssociationScripts.Create, AssociationScripts.Update, AssociationScripts.Delete })
        {
            foreach (var name in Variables(MainBranch).Keys)
            {
                data.Add(script, name);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(RequiredVariables))]
    public void Missing_variable_is_named(string script, string name)
    {
        using var standIn = new AmplifyStandIn("111122223333");
        using var run = new ScriptRun(standIn, Variables(MainBranch));
        run.Environment.Remove(name);

        var result = run.Run(script);

        result.AssertFailed();
        Assert.Contains($"environment variable {name} is required", result.Stderr, StringComparison.Ordinal);
        Assert.Empty(standIn.Requests);
    }

    [Fact]
    public void Unknown_target_is_refused()
    {
        var variables = new Dictionary<string, string>(Variables(MainBranch)) { [AssociationEnvironment.Target] = "repo" };
        using var standIn = new AmplifyStandIn("111122223333");
        using var run = new ScriptRun(standIn, variables);

        var result = run.Run(AssociationScripts.Create);

        result.AssertFailed();
        Assert.Contains("ACR_TARGET must be 'branch', 'app' or 'branches', not 'repo'", result.Stderr, StringComparison.Ordinal);
        Assert.Empty(standIn.Requests);
    }

    private static IReadOnlyDictionary<string, string> Variables(AssociationTarget target) =>
        AssociationEnvironment.For(target, "eu-west-1", null, "111122223333", "arn:aws:iam::111122223333:role/r");
}
