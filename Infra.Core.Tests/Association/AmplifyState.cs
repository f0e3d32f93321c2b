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
    private readonly Dictionary<(string App, string? Branch), long> _updateTimes = [];
    private readonly HashSet<string> _iamRoles = [];
    private long _clock = 1_764_000_000;

    /// <summary>Makes IAM know a role by name, as after the stack's first deploy.</summary>
    public void AddIamRole(string name) => _iamRoles.Add(name);

    public void Set(string appId, string? branch, string? role)
    {
        _roles[(appId, branch)] = role;
        _updateTimes[(appId, branch)] = ++_clock;
    }

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
        if (method == "POST" && rawPath == "/" && GetRoleName(body) is { } roleName)
        {
            return _iamRoles.Contains(roleName)
                ? StandInResponse.Role($"arn:aws:iam::{account}:role/{roleName}")
                : StandInResponse.QueryError(404, "NoSuchEntity", $"The role with name {roleName} cannot be found.");
        }
        if (_scriptedErrors.TryGetValue(method, out var queue) && queue.TryDequeue(out var error))
        {
            return StandInResponse.Error(error);
        }
        if (method == "GET" && ListedApp(rawPath) is { } listed)
        {
            return ListBranches(listed.App, listed.Query);
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
            Set(key.App, key.Branch, string.IsNullOrEmpty(requested) ? null : requested);
        }
        return StandInResponse.Json(Describe(key.App, key.Branch));
    }

    // ListBranches: pages of maxResults (the CLI's --page-size), nextToken the index of the next branch.
    private StandInResponse ListBranches(string app, IReadOnlyDictionary<string, string> query)
    {
        var branches = _roles.Keys.Where(k => k.App == app && k.Branch is not null).Select(k => k.Branch!).Order(StringComparer.Ordinal).ToList();
        var size = query.TryGetValue("maxResults", out var max) ? int.Parse(max, System.Globalization.CultureInfo.InvariantCulture) : 50;
        var start = query.TryGetValue("nextToken", out var token) ? int.Parse(token, System.Globalization.CultureInfo.InvariantCulture) : 0;
        var page = new JsonArray([.. branches.Skip(start).Take(size).Select(b => (JsonNode)Describe(app, b)["branch"]!.DeepClone())]);
        var body = new JsonObject { ["branches"] = page };
        if (start + size < branches.Count)
        {
            body["nextToken"] = (start + size).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        return StandInResponse.Json(body);
    }

    private static (string App, IReadOnlyDictionary<string, string> Query)? ListedApp(string rawPath)
    {
        var parts = rawPath.Split('?', 2);
        var segments = parts[0].Split('/');
        if (segments is not ["", "apps", var app, "branches"])
        {
            return null;
        }
        var query = (parts.Length > 1 ? parts[1] : "").Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => Uri.UnescapeDataString(p.Length > 1 ? p[1] : ""));
        return (Uri.UnescapeDataString(app), query);
    }

    private static string? GetRoleName(string body)
    {
        var fields = body.Split('&').Select(p => p.Split('=', 2)).Where(p => p.Length == 2)
            .ToDictionary(p => p[0], p => Uri.UnescapeDataString(p[1].Replace('+', ' ')));
        return fields.GetValueOrDefault("Action") == "GetRole" ? fields.GetValueOrDefault("RoleName") : null;
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
        resource["updateTime"] = _updateTimes[(app, branch)];
        if (_roles[(app, branch)] is { } role)
        {
            resource["computeRoleArn"] = role;
        }
        return new JsonObject { [branch is null ? "app" : "branch"] = resource };
    }
}
