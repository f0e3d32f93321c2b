using Infra.Core.Planning;
using Infra.Core.Policies;
using Infra.Core.Settings;
using Infra.Core.Tests.Support;

namespace Infra.Core.Tests.Policies;

/// <summary>The product's promise, checked over every document every stack file renders, shipped and sample.</summary>
public class LeastPrivilegeTests
{
    public static TheoryData<string> Files => [.. RepositoryFiles.StackFilePaths];

    private static IEnumerable<PolicyStatement> AllStatements(StackPlan plan) =>
        plan.Slots.SelectMany(s => plan.PermissionDocument(s, ArnScope.PlaceholderAccountId).Statements)
            .Concat(plan.DeployerDocument(ArnScope.PlaceholderAccountId).Statements)
            .Concat(plan.TrustDocument(ArnScope.PlaceholderAccountId).Statements);

    [Theory]
    [MemberData(nameof(Files))]
    public void No_action_is_a_wildcard(string stackFile)
    {
        var actions = AllStatements(StackPlan.From(StackFiles.LoadFile(stackFile))).SelectMany(s => s.Actions).ToList();

        Assert.NotEmpty(actions);
        Assert.All(actions, a => Assert.DoesNotContain('*', a));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Wildcards_in_resources_are_structural_or_written_in_the_stack_file(string stackFile)
    {
        var plan = StackPlan.From(StackFiles.LoadFile(stackFile));
        var written = plan.Settings.Grants.Select(g => g.Resource).Where(r => r.Contains('*', StringComparison.Ordinal))
            .Select(r => r.TrimEnd('/')).ToList();

        foreach (var (statement, resource) in AllStatements(plan).SelectMany(s => s.Resources.Select(r => (s, r))))
        {
            var structural = resource.EndsWith("/index/*", StringComparison.Ordinal) || resource.EndsWith(":*", StringComparison.Ordinal)
                || resource.EndsWith("/branches/*", StringComparison.Ordinal) || resource.EndsWith("/*", StringComparison.Ordinal);
            var stripped = DocumentedRegionWildcard(statement, structural ? resource[..resource.LastIndexOf('*')] : resource);
            Assert.True(!stripped.Contains('*', StringComparison.Ordinal) || written.Any(w => stripped.Contains(w, StringComparison.Ordinal)),
                $"{resource} has a wildcard that neither the structure nor the stack file explains");
            Assert.NotEqual("*", resource);
            Assert.StartsWith("arn:aws:", resource);
        }
    }

    /// <summary>
    /// The Bedrock user guide's form for invoking through an inference profile: the model in any
    /// region, allowed only with the profile's <c>bedrock:InferenceProfileArn</c> condition.
    /// </summary>
    private static string DocumentedRegionWildcard(PolicyStatement statement, string resource) =>
        resource.StartsWith("arn:aws:bedrock:*::foundation-model/", StringComparison.Ordinal)
            && statement.ConditionList.Any(c => c.Key == "bedrock:InferenceProfileArn" && c.Values.All(v => !v.Contains('*', StringComparison.Ordinal)))
            ? resource.Replace("bedrock:*::", "bedrock:::", StringComparison.Ordinal)
            : resource;

    [Theory]
    [MemberData(nameof(Files))]
    public void Sids_are_alphanumeric_and_unique_per_policy(string stackFile)
    {
        var plan = StackPlan.From(StackFiles.LoadFile(stackFile));
        var documents = plan.Slots.Select(s => plan.PermissionDocument(s, ArnScope.PlaceholderAccountId))
            .Append(plan.DeployerDocument(ArnScope.PlaceholderAccountId)).Append(plan.TrustDocument(ArnScope.PlaceholderAccountId));

        foreach (var sids in documents.Select(d => d.Statements.Select(s => s.Sid).ToList()))
        {
            Assert.All(sids, sid => Assert.Matches("^[A-Za-z0-9]+$", sid));
            Assert.Equal(sids.Count, sids.Distinct().Count());
        }
    }
}
