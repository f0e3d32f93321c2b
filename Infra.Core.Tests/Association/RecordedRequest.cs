namespace Infra.Core.Tests.Association;

/// <summary>One request the CLI sent to the stand-in, as it arrived on the wire.</summary>
/// <param name="AccessKeyId">From the SigV4 Authorization header: which credentials signed it.</param>
/// <param name="SigningRegion">From the SigV4 credential scope: which region the CLI used.</param>
internal sealed record RecordedRequest(
    string Method, string RawPath, string Body, string AccessKeyId, string SigningRegion)
{
    public bool IsAmplify => RawPath.StartsWith("/apps/", StringComparison.Ordinal);

    public AmplifyCall ToCall() => new(Method, RawPath, Body);

    /// <summary>Parses "AWS4-HMAC-SHA256 Credential=KEY/date/region/service/aws4_request, ...".</summary>
    public static (string AccessKeyId, string Region) ParseCredential(string? authorization)
    {
        const string marker = "Credential=";
        var start = authorization?.IndexOf(marker, StringComparison.Ordinal) ?? -1;
        if (start < 0)
        {
            return ("", "");
        }
        var scope = authorization![(start + marker.Length)..].Split(',')[0].Split('/');
        return (scope[0], scope.Length > 2 ? scope[2] : "");
    }
}

/// <summary>An Amplify request as the tests assert it: method, raw path, exact body.</summary>
internal sealed record AmplifyCall(string Method, string Path, string Body)
{
    public static AmplifyCall Get(string path) => new("GET", path, "");

    public static AmplifyCall Post(string path, string role) =>
        new("POST", path, $"{{\"computeRoleArn\": \"{role}\"}}");
}
