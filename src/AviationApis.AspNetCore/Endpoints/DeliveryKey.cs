using System.Security.Cryptography;

namespace AviationApis.AspNetCore.Endpoints;

/// <summary>The identity of a delivery: the endpoint plus the SHA-256 of the raw body (a repeat sends the same bytes).</summary>
internal static class DeliveryKey
{
    public static string For(string endpoint, ReadOnlySpan<byte> body) => endpoint + ":" + Convert.ToHexString(SHA256.HashData(body));
}
