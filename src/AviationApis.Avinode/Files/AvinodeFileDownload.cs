using System.Net.Http.Headers;
using AviationApis.Avinode.SchedAero.Quotes;

namespace AviationApis.Avinode.Files;

/// <summary>
/// A streamed file (a quote or tripsheet PDF). The body is not buffered: read <see cref="Content"/> once, or call
/// <see cref="SaveToFileAsync"/>, then dispose this object (which closes the connection).
/// </summary>
public sealed class AvinodeFileDownload : IDisposable, IAsyncDisposable
{
    private readonly HttpResponseMessage _response;

    internal AvinodeFileDownload(HttpResponseMessage response, Stream content)
    {
        _response = response;
        Content = content;
        ContentType = response.Content.Headers.ContentType?.MediaType;
        Length = response.Content.Headers.ContentLength;
        FileName = ContentDispositionFileName.Read(response.Content.Headers);
    }

    /// <summary>The body as a forward-only network stream.</summary>
    public Stream Content { get; }

    /// <summary>The media type from <c>Content-Type</c>, e.g. <c>application/pdf</c>.</summary>
    public string? ContentType { get; }

    /// <summary>
    /// The file name from <c>Content-Disposition</c>, exactly as the server named it (e.g.
    /// <c>Quote N100AB (Gulfstream V)  $28,650.00</c>: spaces, <c>$</c> and commas included, no extension). It is
    /// server-controlled text: sanitize it before using it as a path.
    /// </summary>
    public string? FileName { get; }

    /// <summary>The body length from <c>Content-Length</c>, when the server sent one.</summary>
    public long? Length { get; }

    /// <summary>Streams the body to a file (created or overwritten) without holding it in memory.</summary>
    /// <param name="path">The file to write.</param>
    /// <param name="cancellationToken">Cancels the copy.</param>
    /// <returns>The number of bytes written.</returns>
    public async Task<long> SaveToFileAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous);
        await using (file.ConfigureAwait(false))
        {
            await Content.CopyToAsync(file, 81920, cancellationToken).ConfigureAwait(false);
            return file.Length;
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Content.Dispose();
        _response.Dispose();
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await Content.DisposeAsync().ConfigureAwait(false);
        _response.Dispose();
    }

    /// <summary>Describes the file (no content).</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{nameof(AvinodeFileDownload)} {{ FileName = {FileName}, ContentType = {ContentType}, Length = {Length} }}";
}
