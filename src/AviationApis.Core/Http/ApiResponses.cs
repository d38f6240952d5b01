using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using AviationApis.Core.Errors;
using AviationApis.Core.Redaction;

namespace AviationApis.Core.Http;

/// <summary>Reads response bodies: typed JSON from the stream, and bounded error bodies. Never throws <see cref="JsonException"/>.</summary>
internal static class ApiResponses
{
    /// <summary>The most bytes of an error body that are read (and buffered by the pipeline): 64 KiB.</summary>
    internal const int MaxErrorBodyBytes = 64 * 1024;

    /// <summary>
    /// Deserializes the body with a source-generated type. An optional UTF-8 BOM is skipped; malformed, truncated,
    /// empty or wrongly shaped JSON becomes an <see cref="InvalidResponseException"/>.
    /// </summary>
    /// <typeparam name="T">The result type.</typeparam>
    /// <param name="response">The response.</param>
    /// <param name="typeInfo">The source-generated metadata for <typeparamref name="T"/>.</param>
    /// <param name="redactor">The client's redactor, for the excerpt in an error.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The deserialized value.</returns>
    public static async Task<T> ReadJsonAsync<T>(HttpResponseMessage response, JsonTypeInfo<T> typeInfo, Redactor? redactor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(typeInfo);
        T? value;
        try
        {
            var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                value = await JsonSerializer.DeserializeAsync(stream, typeInfo, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (JsonException ex)
        {
            throw ApiExceptionFactory.InvalidResponse(response, Describe(ex), await TryReadTextAsync(response).ConfigureAwait(false), ex, redactor);
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException && !cancellationToken.IsCancellationRequested)
        {
            throw new ServiceFailureException("The response body could not be read", ApiExceptionFactory.Details(response.RequestMessage, response), ex);
        }

        return value ?? throw ApiExceptionFactory.InvalidResponse(response, "The body was empty or null", null, null, redactor);
    }

    /// <summary>Reads at most 64 KiB of the body as UTF-8 text for error reporting; never throws on a broken body.</summary>
    /// <param name="response">The response.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The text (possibly cut), or an empty string.</returns>
    public static async Task<string> ReadErrorBodyAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        try
        {
            var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                var buffer = new byte[MaxErrorBodyBytes];
                var total = 0;
                int read;
                while (total < buffer.Length && (read = await stream.ReadAsync(buffer.AsMemory(total), cancellationToken).ConfigureAwait(false)) > 0)
                {
                    total += read;
                }

                var span = buffer.AsSpan(0, total);
                if (span.StartsWith(Encoding.UTF8.Preamble))
                {
                    span = span[Encoding.UTF8.Preamble.Length..];
                }

                return Encoding.UTF8.GetString(span);
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException or ObjectDisposedException && !cancellationToken.IsCancellationRequested)
        {
            return string.Empty;
        }
    }

    private static async Task<string?> TryReadTextAsync(HttpResponseMessage response)
    {
        try
        {
            // Buffered bodies can be read again; a consumed network stream yields nothing, which is fine for an excerpt.
            return await ReadErrorBodyAsync(response, CancellationToken.None).ConfigureAwait(false);
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private static string Describe(JsonException ex) =>
        ex.Path is { Length: > 0 } path ? $"Invalid JSON at {path}: {FirstSentence(ex.Message)}" : $"Invalid JSON: {FirstSentence(ex.Message)}";

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message : message[..(end + 1)];
    }
}
