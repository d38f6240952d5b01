using System.Buffers;
using System.Net;

namespace AviationApis.Core.Pipeline;

/// <summary>
/// A response body read into memory inside the attempt, held in segments rented from <see cref="ArrayPool{T}.Shared"/>
/// and returned when the content (or its response) is disposed: buffering costs no payload-sized allocation once the
/// pool is warm. The body can be read again (a new stream each time it is serialized or
/// <see cref="HttpContent.ReadAsStreamAsync()"/> is first called); reading after disposal throws
/// <see cref="ObjectDisposedException"/> and never exposes a returned segment.
/// </summary>
internal sealed class PooledResponseContent : HttpContent
{
    /// <summary>The largest segment rented (1 MiB): large bodies are a list of these.</summary>
    internal const int MaxSegmentSize = 1024 * 1024;

    /// <summary>The first segment when the length is unknown (chunked or decompressed bodies).</summary>
    internal const int InitialSegmentSize = 16 * 1024;

    private readonly List<byte[]> _segments = [];
    private long _length;
    private bool _disposed;

    private PooledResponseContent()
    {
    }

    /// <summary>The body length in bytes.</summary>
    internal long Length => _length;

    /// <summary>Reads <paramref name="source"/> to its end, or to <paramref name="maxLength"/> bytes, into pooled segments.</summary>
    /// <param name="source">The body stream.</param>
    /// <param name="expectedLength">The announced length (Content-Length), used to size the first segment.</param>
    /// <param name="cancellationToken">The attempt's budget.</param>
    /// <param name="maxLength">The most bytes kept; reading stops there and the rest of the body is never read (an error
    /// body is kept only as far as an error report uses it).</param>
    /// <returns>The buffered content (without headers).</returns>
    public static async Task<PooledResponseContent> ReadAsync(Stream source, long? expectedLength, CancellationToken cancellationToken, long maxLength = long.MaxValue)
    {
        var content = new PooledResponseContent();
        try
        {
            // With a known length, one extra byte of room lets the final read (which must return 0) land in the same
            // segment instead of renting another one.
            var next = expectedLength is >= 0 and < MaxSegmentSize ? (int)expectedLength.Value + 1 : expectedLength is null ? InitialSegmentSize : MaxSegmentSize;
            while (true)
            {
                var room = maxLength - content._length;
                if (room <= 0)
                {
                    return content;
                }

                var segment = ArrayPool<byte>.Shared.Rent((int)Math.Min(next, room));
                content._segments.Add(segment);
                var usable = (int)Math.Min(segment.Length, room);
                var filled = 0;
                while (filled < usable)
                {
                    var read = await source.ReadAsync(segment.AsMemory(filled, usable - filled), cancellationToken).ConfigureAwait(false);
                    if (read == 0)
                    {
                        content._length += filled;
                        return content;
                    }

                    filled += read;
                }

                content._length += filled;
                next = (int)Math.Min((long)segment.Length * 2, MaxSegmentSize);
            }
        }
        catch
        {
            content.Dispose();
            throw;
        }
    }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        var remaining = _length;
        for (var i = 0; remaining > 0; i++)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var segment = _segments[i];
            var count = (int)Math.Min(segment.Length, remaining);
            await stream.WriteAsync(segment.AsMemory(0, count), cancellationToken).ConfigureAwait(false);
            remaining -= count;
        }
    }

    protected override void SerializeToStream(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var remaining = _length;
        for (var i = 0; remaining > 0; i++)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var segment = _segments[i];
            var count = (int)Math.Min(segment.Length, remaining);
            stream.Write(segment, 0, count);
            remaining -= count;
        }
    }

    protected override Stream CreateContentReadStream(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return new ReadStream(this);
    }

    protected override Task<Stream> CreateContentReadStreamAsync()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return Task.FromResult<Stream>(new ReadStream(this));
    }

    protected override Task<Stream> CreateContentReadStreamAsync(CancellationToken cancellationToken) => CreateContentReadStreamAsync();

    protected override bool TryComputeLength(out long length)
    {
        length = _length;
        return true;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && !_disposed)
        {
            _disposed = true;
            foreach (var segment in _segments)
            {
                ArrayPool<byte>.Shared.Return(segment);
            }

            _segments.Clear();
            _length = 0;
        }

        base.Dispose(disposing);
    }

    /// <summary>A read-only, seekable view of the segments (like the <see cref="MemoryStream"/> of a byte-array content).</summary>
    private sealed class ReadStream : Stream
    {
        private readonly PooledResponseContent _content;
        private readonly long _length;
        private long _position;
        private bool _closed;

        public ReadStream(PooledResponseContent content)
        {
            _content = content;
            _length = content._length;
        }

        public override bool CanRead => !_closed;

        public override bool CanSeek => !_closed;

        public override bool CanWrite => false;

        public override long Length
        {
            get
            {
                ThrowIfClosed();
                return _length;
            }
        }

        public override long Position
        {
            get
            {
                ThrowIfClosed();
                return _position;
            }

            set
            {
                ThrowIfClosed();
                ArgumentOutOfRangeException.ThrowIfNegative(value);
                _position = value;
            }
        }

        public override int Read(Span<byte> buffer)
        {
            ThrowIfClosed();
            var total = 0;
            while (!buffer.IsEmpty && _position < _length)
            {
                var (segment, offset) = Locate(_position);
                var count = (int)Math.Min(Math.Min(segment.Length - offset, buffer.Length), _length - _position);
                segment.AsSpan(offset, count).CopyTo(buffer);
                buffer = buffer[count..];
                _position += count;
                total += count;
            }

            return total;
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            ValidateBufferArguments(buffer, offset, count);
            return Read(buffer.AsSpan(offset, count));
        }

        public override int ReadByte()
        {
            Span<byte> one = stackalloc byte[1];
            return Read(one) == 1 ? one[0] : -1;
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                return ValueTask.FromCanceled<int>(cancellationToken);
            }

            return ValueTask.FromResult(Read(buffer.Span));
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            ValidateBufferArguments(buffer, offset, count);
            return ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();
        }

        public override async Task CopyToAsync(Stream destination, int bufferSize, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(destination);
            ThrowIfClosed();
            while (_position < _length)
            {
                ThrowIfClosed();
                var (segment, offset) = Locate(_position);
                var count = (int)Math.Min(segment.Length - offset, _length - _position);
                await destination.WriteAsync(segment.AsMemory(offset, count), cancellationToken).ConfigureAwait(false);
                _position += count;
            }
        }

        public override long Seek(long offset, SeekOrigin origin)
        {
            ThrowIfClosed();
            var target = origin switch
            {
                SeekOrigin.Begin => offset,
                SeekOrigin.Current => _position + offset,
                SeekOrigin.End => _length + offset,
                _ => throw new ArgumentOutOfRangeException(nameof(origin)),
            };
            ArgumentOutOfRangeException.ThrowIfNegative(target, nameof(offset));
            _position = target;
            return target;
        }

        public override void Flush()
        {
        }

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            _closed = true;
            base.Dispose(disposing);
        }

        // Segments grow (first one sized to the body or 16 KiB, doubling to 1 MiB), so walk them; bodies have few.
        private (byte[] Segment, int Offset) Locate(long position)
        {
            var segments = _content._segments;
            var start = 0L;
            foreach (var segment in segments)
            {
                if (position < start + segment.Length)
                {
                    return (segment, (int)(position - start));
                }

                start += segment.Length;
            }

            throw new ObjectDisposedException(nameof(PooledResponseContent));
        }

        private void ThrowIfClosed()
        {
            ObjectDisposedException.ThrowIf(_closed, this);
            ObjectDisposedException.ThrowIf(_content._disposed, _content);
        }
    }
}
