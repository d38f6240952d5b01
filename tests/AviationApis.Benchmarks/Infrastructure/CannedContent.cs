using System.Net;

namespace AviationApis.Benchmarks.Infrastructure;

/// <summary>A response body streamed from a shared byte array, with a known length (like a Content-Length response).</summary>
internal sealed class CannedContent : HttpContent
{
    private readonly byte[] _source;
    private readonly long _length;

    public CannedContent(byte[] source, long length)
    {
        _source = source;
        _length = length;
    }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        using var body = new CannedBodyStream(_source, _length);
        await body.CopyToAsync(stream, cancellationToken).ConfigureAwait(false);
    }

    protected override Task<Stream> CreateContentReadStreamAsync() => Task.FromResult<Stream>(new CannedBodyStream(_source, _length));

    protected override Task<Stream> CreateContentReadStreamAsync(CancellationToken cancellationToken) => CreateContentReadStreamAsync();

    protected override bool TryComputeLength(out long length)
    {
        length = _length;
        return true;
    }
}
