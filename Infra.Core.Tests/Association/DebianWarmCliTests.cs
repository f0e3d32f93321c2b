namespace Infra.Core.Tests.Association;

/// <summary>
/// Debian 12's AWS CLI 2.9.19 (.ci/debian-awscli) warm and cold, on what the script tests run
/// through it: the preflight's skeleton and the version its refusal quotes.
/// </summary>
public class DebianWarmCliTests
{
    [SkippableTheory]
    [InlineData("--version")]
    [InlineData("amplify update-branch --generate-cli-skeleton input")]
    [InlineData("amplify update-app --generate-cli-skeleton input")]
    public void Answers_warm_as_it_does_cold(string call)
    {
        Skip.IfNot(File.Exists(CliDirectory.DebianCli), $"{CliDirectory.DebianCli} is missing; .ci/debian-awscli installs it");
        WarmCliTests.AssertSameAnswers(CliDirectory.DebianCli, call);
    }
}
