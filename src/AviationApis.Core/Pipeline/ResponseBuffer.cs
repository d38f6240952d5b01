using AviationApis.Core.Http;

namespace AviationApis.Core.Pipeline;

/// <summary>
/// Reads a response body into memory under a cancellation token (the attempt's budget). The body goes into
/// <see cref="PooledResponseContent"/> (pooled segments, returned when the response is disposed), so buffering does
/// not allocate a payload-sized array per call. An error answer (not 2xx) keeps only its first
/// <see cref="ApiResponses.MaxErrorBodyBytes"/> bytes, which is all an error report reads: a hostile or broken server's
/// huge error body costs neither memory nor the time to download it.
/// </summary>
internal static class ResponseBuffer
{
    public static async Task LoadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var original = response.Content;
        if (original is ByteArrayContent or StringContent or ReadOnlyMemoryContent or PooledResponseContent)
        {
            return;
        }

        PooledResponseContent buffered;
        var stream = await original.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            var limit = response.IsSuccessStatusCode ? long.MaxValue : ApiResponses.MaxErrorBodyBytes;
            buffered = await PooledResponseContent.ReadAsync(stream, original.Headers.ContentLength, cancellationToken, limit).ConfigureAwait(false);
        }

        foreach (var header in original.Headers.NonValidated)
        {
            if (!response.IsSuccessStatusCode && header.Key.Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                continue; // the kept excerpt is shorter than the announced body
            }

            buffered.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        response.Content = buffered;
        original.Dispose();
    }
}
