using System.Text.Json.Nodes;

namespace Infra.Core.Tests.Association;

/// <summary>
/// The apps and branches the stand-in knows, their compute roles, and errors
/// scripted for the next Amplify requests of a method.
/// </summary>
internal sealed class AmplifyState(string account)
{
    private readonly Dictionary<(string App, string? Branch), string?> _roles = [];
    private readonly Dictionary<string, Queue<AwsError>> _scriptedErrors = [];

    public void Set(string appId, string? branch, string? role) => _roles[(appId, branch)] = role;

    public void Remove(string appId, string? branch) => _roles.Remove((appId, branch));

    public string? RoleOf(string appId, string? branch) => _roles[(appId, branch)];

    public void FailNext(string method, AwsError error, int times)
    {
        if (!_scriptedErrors.TryGetValue(method, out var queue))
        {
            _scriptedErrors[method] = queue = new Queue<AwsError>();
        }
        for (var i = 0; i < times; i++)
        {
            queue.Enqueue(error);
        }
    }

    public StandInResponse Answer(string method, string rawPath, string body)
    {
        if (method == "POST" && rawPath == "/" && body.Contains("Action=GetCallerIdentity", StringComparison.Ordinal))
        {
            return StandInResponse.CallerIdentity(account);
        }
        if (_scriptedErrors.TryGetValue(method, out var queue) && queue.TryDequeue(out var error))
        {
            return StandInResponse.Error(error);
        }
        if (ResourceKey(rawPath) is not { } key)
        {
            return StandInResponse.Error(new AwsError(400, "UnexpectedRequest", $"Stand-in got {method} {rawPath}"));
        }
        if (!_roles.ContainsKey(key))
        {
            return StandInResponse.Error(AwsError.NotFound);
        }
        if (method == "POST")
        {
            var requested = JsonNode.Parse(body)?["computeRoleArn"]?.GetValue<string>();
            _roles[key] = string.IsNullOrEmpty(requested) ? null : requested;
        }
        return StandInResponse.Json(Describe(key.App, key.Branch));
    }

    // "/apps/{appId}" or "/apps/{appId}/branches/{branch}", the branch URL-encoded.
    private static (string App, string? Branch)? ResourceKey(string rawPath) =>
        rawPath.Split('/').Select(Uri.UnescapeDataString).ToArray() switch
        {
            ["", "apps", var app] => (app, null),
            ["", "apps", var app, "branches", var branch] => (app, branch),
            _ => null,
        };

    // The CLI prints None for a field the answer leaves out, as Amplify does for no role.
    private JsonObject Describe(string app, string? branch)
    {
        var resource = branch is null
            ? new JsonObject { ["appId"] = app, ["name"] = "web" }
            : new JsonObject { ["branchName"] = branch };
        if (_roles[(app, branch)] is { } role)
        {
            resource["computeRoleArn"] = role;
        }
        return new JsonObject { [branch is null ? "app" : "branch"] = resource };
    }
}
