using System.Text;
using System.Text.Json;
using AviationApis.CargoAi.Errors;
using AviationApis.CargoAi.Json;

namespace AviationApis.CargoAi.Callbacks;

/// <summary>
/// Reads the body of a FlyWINDOW or booking callback into a <see cref="FlyWindowCallback"/>. Tolerant like the vendor's
/// senders: trailing commas, comments, a UTF-8 BOM, unknown members and unknown enum values are accepted. Verify the raw
/// bytes with <see cref="CargoAiCallbackVerifier"/> first. Independent of ASP.NET Core.
/// </summary>
public static class CargoAiCallbackParser
{
    /// <summary>Parses a callback body.</summary>
    /// <param name="body">The raw request body (UTF-8 JSON).</param>
    /// <returns>The callback.</returns>
    /// <exception cref="CargoAiCallbackFormatException">The body is not a readable callback; <see cref="CargoAiCallbackFormatException.Field"/> names the member.</exception>
    public static FlyWindowCallback Parse(ReadOnlySpan<byte> body)
    {
        if (body.StartsWith(Encoding.UTF8.Preamble))
        {
            body = body[Encoding.UTF8.Preamble.Length..];
        }

        if (body.Trim(" \t\r\n"u8).IsEmpty)
        {
            throw new CargoAiCallbackFormatException("$", "The body is empty.", null, null);
        }

        try
        {
            return JsonSerializer.Deserialize(body, CargoAiJsonContext.Wire.FlyWindowCallback)
                   ?? throw new CargoAiCallbackFormatException("$", "The body is null; a JSON object was expected.", null, null);
        }
        catch (JsonException ex)
        {
            throw new CargoAiCallbackFormatException(string.IsNullOrEmpty(ex.Path) ? "$" : ex.Path, Reason(ex), ex.LineNumber, ex);
        }
    }

    /// <summary>Parses a callback body.</summary>
    /// <param name="body">The raw request body (UTF-8 JSON).</param>
    /// <returns>The callback.</returns>
    /// <exception cref="CargoAiCallbackFormatException">The body is not a readable callback.</exception>
    public static FlyWindowCallback Parse(byte[] body)
    {
        ArgumentNullException.ThrowIfNull(body);
        return Parse(body.AsSpan());
    }

    /// <summary>Reads a callback body from a stream (at most <paramref name="maxBytes"/>) and parses it.</summary>
    /// <param name="body">The request body stream; read to its end, not disposed.</param>
    /// <param name="maxBytes">The largest body accepted (default 1 MiB).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The callback.</returns>
    /// <exception cref="CargoAiCallbackFormatException">The body is too large or not a readable callback.</exception>
    public static async Task<FlyWindowCallback> ParseAsync(Stream body, int maxBytes = 1024 * 1024, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBytes);
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw new CargoAiCallbackFormatException("$", $"The body is larger than {maxBytes} bytes.", null, null);
            }

            buffer.Write(chunk, 0, read);
        }

        return Parse(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
    }

    private static string Reason(JsonException ex)
    {
        var message = ex.Message;
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut].Trim() : message;
    }
}
