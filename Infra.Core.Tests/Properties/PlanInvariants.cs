using System.Text.Json;
using Infra.Core.Planning;
using Infra.Core.Policies;
using Infra.Core.Settings;

namespace Infra.Core.Tests.Properties;

/// <summary>What every plan promises, whatever config it came from.</summary>
public static class PlanInvariants
{
    private const int TrustLimit = 2048;

    public static void Hold(StackPlan plan, string? rawAccess)
    {
        const string account = ArnScope.PlaceholderAccountId;
        var trust = plan.TrustDocument(account);
        Assert.InRange(trust.Size, 1, TrustLimit);
        Check(trust);
        var documents = plan.Slots.Select(s => plan.PermissionDocument(s, account)).Append(plan.DeployerDocument(account)).ToList();
        foreach (var document in documents)
        {
            Assert.InRange(document.Size, 1, PolicyPacking.MaxPolicySize);
            Check(document);
            Assert.All(document.Statements, s => Assert.All(s.Resources, r => Resource(r, s, plan.Settings.Partition, rawAccess)));
        }
        var settings = plan.Settings;
        var names = new[] { settings.AppId, settings.RoleName, settings.Region }.Concat(settings.Branches).Concat(settings.Tags.Keys).Concat(settings.Tags.Values);
        var rendered = documents.Append(trust).SelectMany(d => d.Statements)
            .SelectMany(s => s.Resources.Concat(s.ConditionList.SelectMany(c => c.Values.Prepend(c.Key))));
        // A rule that let a control character through (a final line break, say) is broken.
        Assert.All(names.Concat(rendered), text => Assert.False(text.Any(char.IsControl), $"control character in '{text}'"));
        Assert.Equal(settings.Branches.Count + (settings.AssociateApp ? 1 : 0), plan.Associations.Count);
        Assert.Equal(plan.Associations.Count, plan.Associations.Select(a => a.ResourceName).Distinct().Count());
    }

    private static void Check(PolicyDocument document)
    {
        using var parsed = JsonDocument.Parse(document.ToJson());
        var sids = document.Statements.Select(s => s.Sid).ToList();
        Assert.Equal(sids.Count, sids.Distinct().Count());
        Assert.All(sids, sid => Assert.Matches("^[A-Za-z0-9]+$", sid));
        Assert.All(document.Statements.SelectMany(s => s.Actions), a => Assert.Matches(@"^[a-z0-9-]+:[A-Za-z0-9]+\z", a));
    }

    private static void Resource(string resource, PolicyStatement statement, string partition, string? rawAccess)
    {
        Assert.NotEqual("*", resource);
        Assert.StartsWith($"arn:{partition}:", resource, StringComparison.Ordinal);
        // A '*' the stack file did not write is structural: a trailing "/*" or ":*", or the region of
        // a foundation model reached only through an inference profile (Bedrock's documented form).
        if (rawAccess?.Contains('*', StringComparison.Ordinal) != true)
        {
            var throughProfile = statement.ConditionList.Any(c => c.Key == "bedrock:InferenceProfileArn" && c.Values.All(v => !v.Contains('*', StringComparison.Ordinal)));
            var regionless = throughProfile ? resource.Replace($"arn:{partition}:bedrock:*::", $"arn:{partition}:bedrock:::", StringComparison.Ordinal) : resource;
            var trimmed = regionless.EndsWith("/*", StringComparison.Ordinal) || regionless.EndsWith(":*", StringComparison.Ordinal) ? regionless[..^1] : regionless;
            Assert.DoesNotContain('*', trimmed);
        }
    }
}
