using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Infra.Core.Association;
using Infra.Core.Planning;
using Infra.Core.Policies;
using Infra.Core.Settings;

namespace Infra.Core.Tests.Support;

/// <summary>
/// Everything a stack renders, for a placeholder account, as reviewable JSON: every permission
/// change shows up as a diff of its snapshot, <c>Infra.Core.Tests/Snapshots/&lt;stack&gt;.json</c>
/// for <c>Pulumi.&lt;stack&gt;.yaml</c> and <c>Snapshots/examples/&lt;stack&gt;.json</c> for the sample.
/// </summary>
public static class StackSnapshot
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The snapshot of a stack file: the file's folder and stack under <c>Infra.Core.Tests/Snapshots/</c>.</summary>
    public static string PathOf(string stackFile) =>
        RepositoryFiles.Path("Infra.Core.Tests", "Snapshots", Path.GetDirectoryName(stackFile) ?? "", $"{StackFiles.StackOf(stackFile)}.json");

    public static string Render(string stackFile) => Render(StackFiles.StackOf(stackFile), StackFiles.LoadFile(stackFile));

    public static string Render(string stack, RawConfig config)
    {
        const string account = ArnScope.PlaceholderAccountId;
        var plan = StackPlan.From(config);
        var roleArn = plan.Settings.Scope(account).Arn("iam", $"role/{plan.Settings.RoleName}", regional: false);
        var snapshot = new JsonObject
        {
            ["stack"] = stack,
            ["accountId"] = account,
            ["roleName"] = plan.Settings.RoleName,
            ["tags"] = new JsonObject(plan.Settings.Tags.Select(t => KeyValuePair.Create(t.Key, (JsonNode?)t.Value))),
            ["trustPolicy"] = Json(plan.TrustDocument(account)),
            ["permissionPolicies"] = new JsonObject(plan.Slots.Select(s => KeyValuePair.Create(s.Name, Json(plan.PermissionDocument(s, account))))),
            ["deployerPolicy"] = Json(plan.DeployerDocument(account)),
            ["associations"] = new JsonArray([.. plan.Associations.Select(a => (JsonNode)new JsonObject
            {
                ["resourceName"] = a.ResourceName,
                ["triggers"] = new JsonArray([.. a.Triggers.Select(t => (JsonNode)t)]),
                ["environment"] = new JsonObject(a.Environment(plan.Settings, account, roleArn).Select(e => KeyValuePair.Create(e.Key, (JsonNode?)e.Value))),
            })]),
            ["scripts"] = new JsonObject
            {
                ["create"] = Lines(AssociationScripts.Create),
                ["update"] = Lines(AssociationScripts.Update),
                ["delete"] = Lines(AssociationScripts.Delete),
            },
        };
        return snapshot.ToJsonString(Options) + "\n";
    }

    private static JsonNode? Json(PolicyDocument document) => JsonNode.Parse(document.ToJson());

    // Line by line, so a script change reads as a diff of lines.
    private static JsonArray Lines(string script) => new([.. script.Split('\n').Select(l => (JsonNode)l)]);
}
