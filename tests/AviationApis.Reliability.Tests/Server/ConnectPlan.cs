using System.Net;
using System.Net.Sockets;

namespace AviationApis.Reliability.Tests.Server;

/// <summary>
/// Decides, per TCP connect, whether the client reaches the real server or a closed port (connection refused by the
/// operating system). Used as the <see cref="SocketsHttpHandler.ConnectCallback"/> of the primary handler, so the
/// refusal is a real socket error, not a simulated exception.
/// </summary>
public sealed class ConnectPlan
{
    private static readonly Lazy<Socket> Reserved = new(() =>
    {
        // Bound but never listening: the port stays ours (no other process can take it) and every connect is refused.
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return socket;
    });

    private readonly int _refusals;
    private int _connects;

    /// <summary>Creates a plan that refuses the first <paramref name="refusals"/> connects (int.MaxValue: all).</summary>
    public ConnectPlan(int refusals = 0) => _refusals = refusals;

    /// <summary>A loopback port on which nothing listens, for as long as the test process runs.</summary>
    public static int ClosedPort => ((IPEndPoint)Reserved.Value.LocalEndPoint!).Port;

    /// <summary>Connects attempted so far.</summary>
    public int Connects => Volatile.Read(ref _connects);

    /// <summary>A primary handler like Core's (pooled sockets, automatic decompression) that follows this plan.</summary>
    public SocketsHttpHandler CreateHandler(int maxConnectionsPerServer = int.MaxValue) => new()
    {
        AutomaticDecompression = DecompressionMethods.All,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        MaxConnectionsPerServer = maxConnectionsPerServer,
        ConnectCallback = ConnectAsync,
    };

    private async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var connect = Interlocked.Increment(ref _connects);
        var host = context.DnsEndPoint.Host;
        if (host is not ("127.0.0.1" or "localhost"))
        {
            throw new InvalidOperationException("Reliability tests only connect to loopback, not " + host);
        }

        var port = connect <= _refusals ? ClosedPort : context.DnsEndPoint.Port;
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, port), cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
