using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace AviationApis.AspNetCore.Endpoints;

/// <summary>Reads a request body as raw bytes with a size cap (verification and storage need the exact bytes; parsing waits for the processor).</summary>
internal static class RawBody
{
    public static async Task<RawBodyResult> ReadAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return RawBodyResult.TooLarge;
        }

        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = maxBytes + 1;
        }

        using var buffer = new MemoryStream(request.ContentLength is > 0 and var length ? (int)Math.Min(length, maxBytes) : 4096);
        var chunk = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    return RawBodyResult.TooLarge;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return RawBodyResult.TooLarge;
        }
        catch (BadHttpRequestException ex)
        {
            // Kestrel's minimum data rate (a sender too slow) or a body cut short.
            return RawBodyResult.Aborted(ex.StatusCode, ex.GetType().Name);
        }
        catch (Exception ex) when (ex is IOException or ConnectionResetException or OperationCanceledException)
        {
            return RawBodyResult.Aborted(StatusCodes.Status400BadRequest, ex.GetType().Name);
        }

        return RawBodyResult.Complete(buffer.ToArray());
    }
}
