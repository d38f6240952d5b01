namespace AviationApis.Core.Pipeline;

/// <summary>Reads a response body into memory under a cancellation token (the attempt's budget).</summary>
internal static class ResponseBuffer
{
    public static async Task LoadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var original = response.Content;
        if (original is ByteArrayContent or StringContent or ReadOnlyMemoryContent)
        {
            return;
        }

        var length = original.Headers.ContentLength;
        var buffer = new MemoryStream(length is > 0 and < int.MaxValue ? (int)length.Value : 0);
        var stream = await original.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            await stream.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        }

        var buffered = new ByteArrayContent(buffer.GetBuffer(), 0, (int)buffer.Length);
        foreach (var header in original.Headers.NonValidated)
        {
            buffered.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        response.Content = buffered;
        original.Dispose();
    }
}
