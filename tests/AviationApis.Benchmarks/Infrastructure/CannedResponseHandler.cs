using System.Net;
using System.Net.Http.Headers;

namespace AviationApis.Benchmarks.Infrastructure;

/// <summary>
/// The in-memory server every contender talks to: it answers every request with 200 and the same canned bytes,
/// streamed (never a <see cref="ByteArrayContent"/>, which a client could special-case). The response (message,
/// headers, content, stream) is built fresh per call; only the byte array is shared. The request body, if any, is
/// drained to <see cref="Stream.Null"/> as a transport would send it. Headers arrive asynchronously (a thread-pool
/// hop, as on a socket), so async state machines in the client are paid for as they would be against a network.
/// </summary>
public sealed class CannedResponseHandler : HttpMessageHandler
{
    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };
    private static readonly MediaTypeHeaderValue Pdf = new("application/pdf");

    private readonly byte[] _body;
    private readonly long _length;
    private readonly bool _isPdf;

    /// <summary>Creates a handler answering with <paramref name="body"/> (JSON).</summary>
    /// <param name="body">The shared bytes.</param>
    public CannedResponseHandler(byte[] body)
        : this(body, body.LongLength, isPdf: false)
    {
    }

    /// <summary>Creates a handler answering with <paramref name="length"/> bytes that repeat <paramref name="block"/>.</summary>
    /// <param name="block">The shared bytes.</param>
    /// <param name="length">The body length.</param>
    /// <param name="isPdf">Whether to answer <c>application/pdf</c> with a file name.</param>
    public CannedResponseHandler(byte[] block, long length, bool isPdf)
    {
        _body = block;
        _length = length;
        _isPdf = isPdf;
    }

    /// <summary>The body length.</summary>
    public long Length => _length;

    /// <summary>Whether a thread-pool hop precedes the response headers (default on).</summary>
    public bool YieldBeforeHeaders { get; init; } = true;

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Content is not null)
        {
            await request.Content.CopyToAsync(Stream.Null, cancellationToken).ConfigureAwait(false);
        }

        if (YieldBeforeHeaders)
        {
            await Task.Yield();
        }

        var content = new CannedContent(_body, _length);
        content.Headers.ContentType = _isPdf ? Pdf : Json;
        content.Headers.ContentLength = _length;
        if (_isPdf)
        {
            content.Headers.TryAddWithoutValidation("Content-Disposition", "attachment; filename=\"quote-123456789.pdf\"");
        }

        var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request };
        response.Headers.TryAddWithoutValidation("X-Request-Id", "0f8e7c1a-5b2d-4e3f-9a61-2c4d5e6f7a8b");
        response.Headers.TryAddWithoutValidation("X-Rate-Limit-Limit", "10000");
        response.Headers.TryAddWithoutValidation("X-Rate-Limit-Remaining", "9999");
        response.Headers.TryAddWithoutValidation("X-Rate-Limit-Reset", "3600");
        return response;
    }
}
