using System.Net.Sockets;
using AviationApis.Core.Pipeline;

namespace AviationApis.Core.Tests.Pipeline;

/// <summary>Which transport failures prove that the request never reached the server.</summary>
public sealed class TransportFailureTests
{
    [Theory]
    [InlineData(HttpRequestError.ConnectionError, true)]
    [InlineData(HttpRequestError.NameResolutionError, true)]
    [InlineData(HttpRequestError.SecureConnectionError, true)]
    [InlineData(HttpRequestError.ResponseEnded, false)]
    [InlineData(HttpRequestError.Unknown, false)]
    [InlineData(HttpRequestError.InvalidResponse, false)]
    public void The_request_error_says_whether_a_connection_was_made(HttpRequestError error, bool connect)
    {
        Assert.Equal(connect, TransportFailure.IsConnectFailure(new HttpRequestException(error, "failed")));
    }

    [Fact]
    public void A_socket_error_counts_only_inside_an_http_request_exception()
    {
        var socket = new SocketException((int)SocketError.ConnectionRefused);

        Assert.False(TransportFailure.IsConnectFailure(new IOException("failed", socket)));
        Assert.False(TransportFailure.IsConnectFailure(socket));
        Assert.False(TransportFailure.IsConnectFailure(new HttpRequestException("failed", new IOException("reset"))));
        Assert.Equal("The connection to the server failed during the call", TransportFailure.Describe(new IOException("failed", socket)));
    }
}
