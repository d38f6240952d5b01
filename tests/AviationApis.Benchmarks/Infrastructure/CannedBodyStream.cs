namespace AviationApis.Benchmarks.Infrastructure;

/// <summary>
/// A read-only, non-seekable stream over a shared byte array, like a network stream: each read returns at most
/// 16 KiB (a TLS record), and a body longer than the array repeats it (the 100 MB PDF is a 1 MiB block 100 times).
/// Nothing is copied up front; every response gets its own stream over the same bytes.
/// </summary>
internal sealed class CannedBodyStream : Stream
{
    public const int MaxReadSize = 16 * 1024;

    private readonly byte[] _source;
    private readonly long _length;
    private long _position;

    public CannedBodyStream(byte[] source, long length)
    {
        _source = source;
        _length = length;
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(Span<byte> buffer)
    {
        var remaining = _length - _position;
        if (remaining <= 0 || buffer.IsEmpty)
        {
            return 0;
        }

        var offset = (int)(_position % _source.Length);
        var count = (int)Math.Min(Math.Min(buffer.Length, MaxReadSize), Math.Min(remaining, _source.Length - offset));
        _source.AsSpan(offset, count).CopyTo(buffer);
        _position += count;
        return count;
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(Read(buffer.Span));
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
