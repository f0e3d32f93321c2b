using System.Net;
using System.Net.Sockets;

namespace Infra.Core.Tests.Association;

internal static class LoopbackPort
{
    /// <summary>A port on 127.0.0.1 that was free a moment ago: nothing listens on it now.</summary>
    public static int Unused()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
