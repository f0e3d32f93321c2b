namespace Infra.Core.Tests.Association;

/// <summary>
/// Environment that keeps every CLI off the network: a request to any address but
/// 127.0.0.1 (an old CLI ignores AWS_ENDPOINT_URL) goes to a proxy on a closed
/// loopback port and fails there at once. The stand-in on 127.0.0.1 stays direct.
/// </summary>
internal static class ProxyGuard
{
    public static IReadOnlyDictionary<string, string> Variables()
    {
        var closed = $"http://127.0.0.1:{LoopbackPort.Unused()}";
        return new Dictionary<string, string>
        {
            ["HTTPS_PROXY"] = closed,
            ["https_proxy"] = closed,
            ["HTTP_PROXY"] = closed,
            ["http_proxy"] = closed,
            ["NO_PROXY"] = "127.0.0.1",
            ["no_proxy"] = "127.0.0.1",
            // The instance metadata service is never asked, even through a proxy.
            ["AWS_EC2_METADATA_DISABLED"] = "true",
        };
    }
}
