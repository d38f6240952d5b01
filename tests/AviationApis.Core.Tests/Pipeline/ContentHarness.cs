using System.Net;
using System.Runtime.InteropServices;

namespace AviationApis.Core.Tests.Pipeline;

/// <summary>Bodies, sources and sinks for the response-buffering and per-attempt handler tests.</summary>
internal static class ContentHarness
{
    /// <summary>A body of <paramref name="length"/> bytes whose every byte depends on its position.</summary>
    public static byte[] Body(int length)
    {
        var body = new byte[length];
        for (var i = 0; i < body.Length; i++)
        {
            body[i] = (byte)((i * 31) + (i >> 8) + 7);
        }

        return body;
    }
}

/// <summary>A read-only body source that records the size of every read asked of it.</summary>
internal sealed class RecordingSource(byte[] body, int maxChunk = int.MaxValue) : Stream
{
    private int _position;

    /// <summary>The buffer length of each read, in order.</summary>
    public List<int> Requests { get; } = [];

    /// <summary>The arrays behind the buffers of the asynchronous reads, in order.</summary>
    public List<byte[]?> Arrays { get; } = [];

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _position;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        Requests.Add(buffer.Length);
        var count = Math.Min(Math.Min(buffer.Length, maxChunk), body.Length - _position);
        body.AsSpan(_position, count).CopyTo(buffer);
        _position += count;
        return count;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Arrays.Add(MemoryMarshal.TryGetArray<byte>(buffer, out var segment) ? segment.Array : null);
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(Read(buffer.Span));
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}

/// <summary>A sink that runs an action after each write (e.g. to dispose what is being copied, mid-copy).</summary>
internal sealed class CallbackSink(Action afterWrite) : MemoryStream
{
    public override void Write(byte[] buffer, int offset, int count)
    {
        base.Write(buffer, offset, count);
        afterWrite();
    }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        base.Write(buffer);
        afterWrite();
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        Write(buffer, offset, count);
        return Task.CompletedTask;
    }

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Write(buffer.Span);
        return ValueTask.CompletedTask;
    }
}

/// <summary>A streamed (not buffered) content that records its disposal.</summary>
internal sealed class StreamedContent(byte[] body) : HttpContent
{
    public RecordingSource Source { get; } = new(body);

    public bool Disposed { get; private set; }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => Source.CopyToAsync(stream);

    protected override Task<Stream> CreateContentReadStreamAsync() => Task.FromResult<Stream>(Source);

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }

    protected override void Dispose(bool disposing)
    {
        Disposed = true;
        base.Dispose(disposing);
    }
}

/// <summary>A primary handler stub: answers each attempt from a delegate and records what it was sent.</summary>
internal sealed class RecordingHandler(Func<HttpRequestMessage, int, HttpResponseMessage> answer) : HttpMessageHandler
{
    /// <summary>Method, URI and whether a body was attached, per call.</summary>
    public List<(HttpMethod Method, Uri? Uri, bool HasContent)> Sent { get; } = [];

    /// <summary>Every answer given, in order.</summary>
    public List<HttpResponseMessage> Answers { get; } = [];

    public static HttpResponseMessage Redirect(HttpStatusCode status, string location) =>
        new(status) { Headers = { Location = new Uri(location, UriKind.RelativeOrAbsolute) }, Content = new StringContent("moved") };

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Sent.Add((request.Method, request.RequestUri, request.Content is not null));
        var response = answer(request, Sent.Count - 1);
        response.RequestMessage ??= request;
        Answers.Add(response);
        return Task.FromResult(response);
    }
}

/// <summary>
/// A body source whose reads wait for <paramref name="gate"/> (so the reader's await really suspends), and whose
/// asynchronous disposal waits for <paramref name="disposal"/>.
/// </summary>
internal sealed class GatedSource(byte[] body, Task gate, Task? disposal = null) : Stream
{
    private readonly MemoryStream _body = new(body, writable: false);

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _body.Position;
        set => throw new NotSupportedException();
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        await gate.ConfigureAwait(false);
        return _body.Read(buffer.Span);
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException("asynchronous reads only");

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override async ValueTask DisposeAsync()
    {
        await (disposal ?? Task.CompletedTask).ConfigureAwait(false);
        Dispose();
    }

    protected override void Dispose(bool disposing)
    {
        _body.Dispose();
        base.Dispose(disposing);
    }
}

/// <summary>A sink whose asynchronous writes wait for <paramref name="gate"/>.</summary>
internal sealed class GatedSink(Task gate) : MemoryStream
{
    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        await gate.ConfigureAwait(false);
        Write(buffer.Span);
    }
}

/// <summary>
/// A streamed content whose stream is handed out once <paramref name="opened"/> completes; its reads wait for
/// <paramref name="readable"/>, its asynchronous disposal for <paramref name="closed"/>.
/// </summary>
internal sealed class GatedContent(byte[] body, Task opened, Task readable, Task closed) : HttpContent
{
    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => throw new NotSupportedException();

    protected override async Task<Stream> CreateContentReadStreamAsync()
    {
        await opened.ConfigureAwait(false);
        return new GatedSource(body, readable, closed);
    }

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }
}
