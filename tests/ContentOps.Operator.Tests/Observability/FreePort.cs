using System.Net;
using System.Net.Sockets;

namespace ContentOps.Operator.Tests.Observability;

/// <summary>A loopback port nobody listens on right now (bind port 0, read it back, release it).</summary>
internal static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
