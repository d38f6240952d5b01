using System.Net.Sockets;

namespace AviationApis.Core.Pipeline;

/// <summary>Classifies transport exceptions: did the request provably never reach the server?</summary>
internal static class TransportFailure
{
    /// <summary>
    /// <see langword="true"/> when the connection could not be established (refused, name not resolved, TLS handshake
    /// failed): the server cannot have processed the request, so even a non-idempotent call may be retried.
    /// </summary>
    public static bool IsConnectFailure(Exception ex)
    {
        if (ex is HttpRequestException http)
        {
            if (http.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError or HttpRequestError.SecureConnectionError)
            {
                return true;
            }

            return http.InnerException is SocketException { SocketErrorCode: SocketError.ConnectionRefused or SocketError.HostNotFound or SocketError.HostUnreachable or SocketError.NetworkUnreachable };
        }

        return false;
    }

    public static string Describe(Exception ex) => IsConnectFailure(ex)
        ? "The connection to the server could not be established"
        : "The connection to the server failed during the call";
}
