using System.Text.RegularExpressions;
using Infra.Core.Association;

namespace Infra.Core.Tests.Association;

/// <summary>What the script texts may contain: no templating, no bashisms, only documented variables.</summary>
public partial class ScriptTextTests
{
    private static readonly string[] Documented =
    [
        AssociationEnvironment.AppId, AssociationEnvironment.Branch, AssociationEnvironment.Target,
        AssociationEnvironment.Region, AssociationEnvironment.AccountId, AssociationEnvironment.RoleArn,
        AssociationEnvironment.RetryDelays, AssociationEnvironment.WithApp,
    ];

    public static TheoryData<string> Scripts =>
        [AssociationScripts.Create, AssociationScripts.Update, AssociationScripts.Delete, AssociationScripts.Observe];

    [Theory]
    [MemberData(nameof(Scripts))]
    public void Has_no_templating(string script)
    {
        Assert.DoesNotContain("{{", script, StringComparison.Ordinal);
        Assert.DoesNotContain("${{", script, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Scripts))]
    public void Reads_only_documented_ACR_variables(string script)
    {
        var used = AcrReference().Matches(script).Select(m => m.Groups[1].Value).Distinct();
        Assert.Subset(Documented.ToHashSet(), used.ToHashSet());
    }

    [Theory]
    [MemberData(nameof(Scripts))]
    public void Reads_no_other_uppercase_variable_but_PULUMI_COMMAND_STDOUT(string script)
    {
        var used = UppercaseReference().Matches(script).Select(m => m.Groups[1].Value)
            .Where(name => !name.StartsWith("ACR_", StringComparison.Ordinal));
        Assert.All(used, name => Assert.Equal(ScriptRun.PulumiCommandStdout, name));
    }

    [Theory]
    [MemberData(nameof(Scripts))]
    public void Is_the_prelude_then_POSIX_sh_without_bashisms(string script)
    {
        Assert.StartsWith("# Prelude", script, StringComparison.Ordinal);
        Assert.Contains("\nset -eu\n", script, StringComparison.Ordinal);
        Assert.Contains("\nexport AWS_MAX_ATTEMPTS=1\n", script, StringComparison.Ordinal);
        Assert.Contains("\nexport AWS_PAGER=\"\"\n", script, StringComparison.Ordinal);
        foreach (var bashism in new[] { "[[", "==", "function ", "local ", "<<<", "$'", "pipefail", "source " })
        {
            Assert.DoesNotContain(bashism, script, StringComparison.Ordinal);
        }
    }

    [GeneratedRegex(@"\$\{?(ACR_[A-Z_]+)")]
    private static partial Regex AcrReference();

    [GeneratedRegex(@"\$\{?([A-Z][A-Z0-9_]*)")]
    private static partial Regex UppercaseReference();
}
