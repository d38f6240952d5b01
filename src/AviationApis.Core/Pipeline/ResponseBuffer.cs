namespace AviationApis.Core.Pipeline;

/// <summary>
/// Reads a response body into memory under a cancellation token (the attempt's budget). The body goes into
/// <see cref="PooledResponseContent"/> (pooled segments, returned when the response is disposed), so buffering does
/// not allocate a payload-sized array per call.
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
            buffered = await PooledResponseContent.ReadAsync(stream, original.Headers.ContentLength, cancellationToken).ConfigureAwait(false);
        }

        foreach (var header in original.Headers.NonValidated)
        {
            buffered.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        response.Content = buffered;
        original.Dispose();
    }
}
