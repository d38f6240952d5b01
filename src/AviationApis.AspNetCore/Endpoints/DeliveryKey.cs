using System.Security.Cryptography;

namespace AviationApis.AspNetCore.Endpoints;

/// <summary>
/// The identity of a delivery: the endpoint, the connection it arrived for (if any) and the SHA-256 of the raw body (a
/// vendor's repeat sends the same bytes).
/// </summary>
internal static class DeliveryKey
{
    public static string For(string endpoint, string? connection, ReadOnlySpan<byte> body) =>
        (connection is null ? endpoint : endpoint + "/" + connection) + ":" + Convert.ToHexString(SHA256.HashData(body));
}
