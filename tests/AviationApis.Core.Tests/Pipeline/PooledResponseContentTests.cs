using System.Buffers;
using AviationApis.Core.Pipeline;
using AviationApis.Core.Tests.Infrastructure;

namespace AviationApis.Core.Tests.Pipeline;

public sealed class PooledResponseContentTests
{
    private const int Kib = 1024;
    private const int Mib = PooledResponseContent.MaxSegmentSize;

    // A 50,000-byte body of unknown length lies in segments of 16 KiB, 32 KiB and (partly) 64 KiB.
    private const int MultiSegment = 50_000;

    // Announced, this rents one 128 KiB segment: a pool bucket no other test here uses.
    private const int PooledSize = 100_000;

    [Fact]
    public async Task Announced_length_leaves_room_in_the_first_segment_for_the_final_empty_read()
    {
        var body = ContentHarness.Body(128);
        var source = new RecordingSource(body);

        using var content = await PooledResponseContent.ReadAsync(source, 128, CancellationToken.None);

        Assert.Equal(2, source.Requests.Count);
        Assert.True(source.Requests[0] > 128, $"first read asked for {source.Requests[0]} bytes");
        Assert.Equal(source.Requests[0] - 128, source.Requests[1]);
        Assert.Equal(128, content.Length);
        Assert.Equal(body, await content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Announced_empty_body_is_read_with_one_small_read()
    {
        var source = new RecordingSource([]);

        using var content = await PooledResponseContent.ReadAsync(source, 0, CancellationToken.None);

        var request = Assert.Single(source.Requests);
        Assert.InRange(request, 1, PooledResponseContent.InitialSegmentSize - 1);
        Assert.Equal(0, content.Length);
        Assert.Empty(await content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Unknown_length_starts_at_16_KiB_and_doubles_up_to_1_MiB()
    {
        var body = ContentHarness.Body((3 * Mib) + 5);
        var source = new RecordingSource(body);

        using var content = await PooledResponseContent.ReadAsync(source, null, CancellationToken.None);

        // 16K..1M sum to 2 MiB - 16 KiB; the rest goes into 1 MiB segments, the last one partly filled.
        var rest = body.Length - ((2 * Mib) - (16 * Kib)) - Mib;
        int[] expected = [16 * Kib, 32 * Kib, 64 * Kib, 128 * Kib, 256 * Kib, 512 * Kib, Mib, Mib, Mib, Mib - rest];
        Assert.Equal(expected, source.Requests);
        Assert.Equal(body.Length, content.Length);
        Assert.Equal(body, await content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData(Mib, new[] { Mib, Mib })]
    [InlineData(Mib - 1, new[] { Mib, 1 })]
    [InlineData((2 * Mib) + 3, new[] { Mib, Mib, Mib, Mib - 3 })]
    public async Task Announced_length_of_1_MiB_or_more_reads_in_1_MiB_segments(int length, int[] expected)
    {
        var body = ContentHarness.Body(length);
        var source = new RecordingSource(body);

        using var content = await PooledResponseContent.ReadAsync(source, length, CancellationToken.None);

        Assert.Equal(expected, source.Requests);
        Assert.Equal(body, await content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Short_reads_fill_each_segment_before_the_next()
    {
        var body = ContentHarness.Body(40_000);
        var source = new RecordingSource(body, maxChunk: 7_000);

        using var content = await PooledResponseContent.ReadAsync(source, null, CancellationToken.None);

        // 16 KiB segment: 7000 + 7000 + 2384; then the 32 KiB segment gets the rest (7000 x 3 + 2616) and a final 0.
        int[] expected = [16 * Kib, (16 * Kib) - 7_000, (16 * Kib) - 14_000, 32 * Kib, (32 * Kib) - 7_000, (32 * Kib) - 14_000, (32 * Kib) - 21_000, (32 * Kib) - 23_616];
        Assert.Equal(expected, source.Requests);
        Assert.Equal(body, await content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Max_length_stops_reading_and_leaves_the_rest_of_the_body_unread()
    {
        var body = ContentHarness.Body(100);
        var source = new RecordingSource(body);

        using var content = await PooledResponseContent.ReadAsync(source, 100, CancellationToken.None, maxLength: 10);

        Assert.Equal([10], source.Requests);
        Assert.Equal(10, source.Position);
        Assert.Equal(10, content.Length);
        Assert.Equal(body[..10], await content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Max_length_across_segments_keeps_exactly_that_many_bytes()
    {
        var body = ContentHarness.Body(40_000);
        var source = new RecordingSource(body);

        using var content = await PooledResponseContent.ReadAsync(source, null, CancellationToken.None, maxLength: 20_000);

        Assert.Equal([16 * Kib, 20_000 - (16 * Kib)], source.Requests);
        Assert.Equal(20_000, source.Position);
        Assert.Equal(body[..20_000], await content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_cancelled_read_throws_and_returns_its_segment_to_the_pool()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        var source = new RecordingSource(ContentHarness.Body(PooledSize));
        var held = ArrayPool<byte>.Shared.Rent(PooledSize);

        await Assert.ThrowsAsync<OperationCanceledException>(() => PooledResponseContent.ReadAsync(source, PooledSize, cancelled.Token));

        AssertReturnedToThePool(Assert.Single(source.Arrays), held);
    }

    [Fact]
    public async Task Disposal_returns_the_segments_to_the_pool()
    {
        var source = new RecordingSource(ContentHarness.Body(PooledSize));
        var held = ArrayPool<byte>.Shared.Rent(PooledSize);
        var content = await PooledResponseContent.ReadAsync(source, PooledSize, CancellationToken.None);

        content.Dispose();

        AssertReturnedToThePool(source.Arrays[0], held);
    }

    [Fact]
    public async Task Length_is_computed_and_the_body_serializes_sync_and_async()
    {
        var body = ContentHarness.Body(MultiSegment);
        using var content = await Read(body);

        // Each copy serializes the segments again; ReadAsByteArrayAsync (last) buffers the content, and later copies
        // would copy that buffer instead.
        Assert.Equal(MultiSegment, content.Headers.ContentLength);
        using var sync = new MemoryStream();
        content.CopyTo(sync, null, CancellationToken.None);
        Assert.Equal(body, sync.ToArray());
        using var async = new MemoryStream();
        await content.CopyToAsync(async);
        Assert.Equal(body, async.ToArray());
        Assert.Equal(body, await content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Disposing_during_async_serialization_stops_it_with_ObjectDisposedException()
    {
        var content = await Read(ContentHarness.Body(MultiSegment));
        using var sink = new CallbackSink(content.Dispose);

        var thrown = await Assert.ThrowsAnyAsync<Exception>(() => content.CopyToAsync(sink));

        AssertDisposedContent(thrown);
        Assert.Equal(16 * Kib, sink.Length);
    }

    [Fact]
    public async Task Disposing_during_sync_serialization_stops_it_with_ObjectDisposedException()
    {
        var content = await Read(ContentHarness.Body(MultiSegment));
        using var sink = new CallbackSink(content.Dispose);

        var thrown = Assert.ThrowsAny<Exception>(() => content.CopyTo(sink, null, CancellationToken.None));

        AssertDisposedContent(thrown);
        Assert.Equal(16 * Kib, sink.Length);
    }

    [Fact]
    public async Task Disposal_empties_the_content_and_reading_it_throws()
    {
        var content = await Read(ContentHarness.Body(100));

        content.Dispose();
        content.Dispose();

        Assert.Equal(0, content.Length);
        await Assert.ThrowsAsync<ObjectDisposedException>(() => content.ReadAsStreamAsync());
        Assert.Throws<ObjectDisposedException>(() => content.ReadAsStream());
    }

    [Fact]
    public async Task The_read_stream_reads_back_across_segments_in_any_chunk_size()
    {
        var body = ContentHarness.Body(MultiSegment);
        using var content = await Read(body);
        var stream = await content.ReadAsStreamAsync();

        Assert.True(stream.CanRead);
        Assert.True(stream.CanSeek);
        Assert.False(stream.CanWrite);
        Assert.Equal(MultiSegment, stream.Length);
        Assert.Same(stream, await content.ReadAsStreamAsync());

        var read = new List<byte>();
        var buffer = new byte[1000];
        int count;
        while ((count = stream.Read(buffer)) > 0)
        {
            Assert.Equal(Math.Min(1000, MultiSegment - read.Count), count);
            read.AddRange(buffer[..count]);
            Assert.Equal(read.Count, stream.Position);
        }

        Assert.Equal(body, read.ToArray());
        Assert.Equal(-1, stream.ReadByte());
    }

    [Fact]
    public async Task One_read_fills_the_whole_buffer_across_segment_boundaries()
    {
        var body = ContentHarness.Body(MultiSegment);
        using var content = await Read(body);
        using var stream = content.ReadAsStream();

        var buffer = new byte[MultiSegment + 10];
        Assert.Equal(MultiSegment, stream.Read(buffer));

        Assert.Equal(body, buffer[..MultiSegment]);
        Assert.Equal(0, stream.Read(buffer));
    }

    [Fact]
    public async Task ReadByte_and_Position_cross_a_segment_boundary()
    {
        var body = ContentHarness.Body(MultiSegment);
        using var content = await Read(body);
        using var stream = content.ReadAsStream();

        stream.Position = (16 * Kib) - 1;
        Assert.Equal(body[(16 * Kib) - 1], stream.ReadByte());
        Assert.Equal(body[16 * Kib], stream.ReadByte());
        Assert.Equal((16 * Kib) + 1, stream.Position);

        stream.Position = MultiSegment - 1;
        Assert.Equal(body[^1], stream.ReadByte());
        Assert.Equal(-1, stream.ReadByte());

        stream.Position = MultiSegment + 100;
        Assert.Equal(0, stream.Read(new byte[10]));
        Assert.Equal(-1, stream.ReadByte());
        Assert.Throws<ArgumentOutOfRangeException>(() => stream.Position = -1);
        Assert.Equal(MultiSegment + 100, stream.Position);
    }

    [Fact]
    public async Task Seek_from_each_origin()
    {
        var body = ContentHarness.Body(MultiSegment);
        using var content = await Read(body);
        using var stream = content.ReadAsStream();

        Assert.Equal(10, stream.Seek(10, SeekOrigin.Begin));
        Assert.Equal(10, stream.Position);
        Assert.Equal(15, stream.Seek(5, SeekOrigin.Current));
        Assert.Equal(body[15], stream.ReadByte());
        Assert.Equal(MultiSegment - 5, stream.Seek(-5, SeekOrigin.End));
        Assert.Equal(body[^5], stream.ReadByte());
        Assert.Equal(MultiSegment, stream.Seek(0, SeekOrigin.End));
        Assert.Equal(0, stream.Seek(-MultiSegment, SeekOrigin.Current));

        Assert.Equal("origin", Assert.Throws<ArgumentOutOfRangeException>(() => stream.Seek(0, (SeekOrigin)3)).ParamName);
        Assert.Equal("offset", Assert.Throws<ArgumentOutOfRangeException>(() => stream.Seek(-1, SeekOrigin.Begin)).ParamName);
        Assert.Equal("offset", Assert.Throws<ArgumentOutOfRangeException>(() => stream.Seek(-1, SeekOrigin.Current)).ParamName);
        Assert.Equal("offset", Assert.Throws<ArgumentOutOfRangeException>(() => stream.Seek(-MultiSegment - 1, SeekOrigin.End)).ParamName);
        Assert.Equal(0, stream.Position);
    }

    [Fact]
    public async Task Array_reads_write_at_the_offset_and_validate_their_arguments()
    {
        var body = ContentHarness.Body(100);
        using var content = await Read(body);
        using var stream = content.ReadAsStream();

        var buffer = new byte[20];
        Assert.Equal(10, stream.Read(buffer, 5, 10));
        Assert.Equal(new byte[5], buffer[..5]);
        Assert.Equal(body[..10], buffer[5..15]);
        Assert.Equal(new byte[5], buffer[15..]);

        Assert.Equal(10, await stream.ReadAsync(buffer, 0, 10, CancellationToken.None));
        Assert.Equal(body[10..20], buffer[..10]);
        Assert.Equal(20, await stream.ReadAsync(buffer.AsMemory()));
        Assert.Equal(body[20..40], buffer);

        Assert.Throws<ArgumentNullException>(() => stream.Read(null!, 0, 1));
        Assert.Equal("offset", Assert.ThrowsAny<ArgumentException>(() => stream.Read(buffer, -1, 1)).ParamName);
        Assert.Equal("count", Assert.ThrowsAny<ArgumentException>(() => stream.Read(buffer, 15, 10)).ParamName);
        await Assert.ThrowsAsync<ArgumentNullException>(() => stream.ReadAsync(null!, 0, 1, CancellationToken.None));
        Assert.Equal("count", (await Assert.ThrowsAnyAsync<ArgumentException>(() => stream.ReadAsync(buffer, 15, 10, CancellationToken.None))).ParamName);
        Assert.Equal(40, stream.Position);
    }

    [Fact]
    public async Task A_cancelled_async_read_reads_nothing()
    {
        using var content = await Read(ContentHarness.Body(100));
        using var stream = content.ReadAsStream();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => Assert.Equal(0, await stream.ReadAsync(new byte[10].AsMemory(), cancelled.Token)));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => stream.ReadAsync(new byte[10], 0, 10, cancelled.Token));

        Assert.Equal(0, stream.Position);
    }

    [Fact]
    public async Task CopyToAsync_copies_from_the_position_to_the_end()
    {
        var body = ContentHarness.Body(MultiSegment);
        using var content = await Read(body);
        using var stream = content.ReadAsStream();
        stream.Position = 100;

        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);

        Assert.Equal(body[100..], copy.ToArray());
        Assert.Equal(MultiSegment, stream.Position);
        await Assert.ThrowsAsync<ArgumentNullException>(() => stream.CopyToAsync(null!));
    }

    [Fact]
    public async Task Disposing_the_content_during_CopyToAsync_stops_the_copy()
    {
        var content = await Read(ContentHarness.Body(MultiSegment));
        var stream = content.ReadAsStream();
        using var sink = new CallbackSink(content.Dispose);

        var thrown = await Assert.ThrowsAsync<ObjectDisposedException>(() => stream.CopyToAsync(sink));

        Assert.Equal(stream.GetType().FullName, thrown.ObjectName);
        Assert.Equal(16 * Kib, sink.Length);
    }

    [Fact]
    public async Task The_read_stream_is_read_only()
    {
        using var content = await Read(ContentHarness.Body(10));
        using var stream = content.ReadAsStream();

        stream.Flush();
        Assert.Throws<NotSupportedException>(() => stream.SetLength(1));
        Assert.Throws<NotSupportedException>(() => stream.Write(new byte[1], 0, 1));
        Assert.Equal(0, stream.Position);
    }

    [Fact]
    public async Task A_disposed_read_stream_refuses_every_use()
    {
        using var content = await Read(ContentHarness.Body(10));
        var stream = content.ReadAsStream();

        await stream.DisposeAsync();

        Assert.False(stream.CanRead);
        Assert.False(stream.CanSeek);
        Assert.False(stream.CanWrite);
        var name = stream.GetType().FullName;
        Assert.Equal(name, Assert.Throws<ObjectDisposedException>(() => stream.Length).ObjectName);
        Assert.Equal(name, Assert.Throws<ObjectDisposedException>(() => stream.Position).ObjectName);
        Assert.Equal(name, Assert.Throws<ObjectDisposedException>(() => stream.Position = 0).ObjectName);
        Assert.Equal(name, Assert.Throws<ObjectDisposedException>(() => stream.Read(new byte[1])).ObjectName);
        Assert.Equal(name, Assert.Throws<ObjectDisposedException>(() => stream.Seek(0, SeekOrigin.Begin)).ObjectName);
        Assert.Equal(name, (await Assert.ThrowsAsync<ObjectDisposedException>(() => stream.CopyToAsync(new MemoryStream()))).ObjectName);
    }

    [Fact]
    public async Task A_disposed_read_stream_refuses_a_copy_even_at_its_end()
    {
        using var content = await Read(ContentHarness.Body(10));
        var stream = content.ReadAsStream();
        stream.Seek(0, SeekOrigin.End);

        await stream.DisposeAsync();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => stream.CopyToAsync(new MemoryStream()));
    }

    [Fact]
    public async Task Disposing_the_content_closes_its_read_stream()
    {
        var content = await Read(ContentHarness.Body(10));
        var stream = await content.ReadAsStreamAsync();

        content.Dispose();

        Assert.False(stream.CanRead);
        Assert.Throws<ObjectDisposedException>(() => stream.ReadByte());
    }

    // The shared pool hands the array returned last on this thread out first. Everything from renting `held` (which
    // empties this thread's slot for the size) to renting again runs synchronously on one thread: the sources complete
    // synchronously, so the awaits in between continue inline.
    private static void AssertReturnedToThePool(byte[]? segment, byte[] held)
    {
        Assert.NotNull(segment);
        var again = ArrayPool<byte>.Shared.Rent(PooledSize);
        ArrayPool<byte>.Shared.Return(again);
        ArrayPool<byte>.Shared.Return(held);
        Assert.Same(segment, again);
    }

    [Fact]
    public async Task Reading_the_body_never_resumes_on_the_callers_context()
    {
        var gate = new TaskCompletionSource();
        var body = ContentHarness.Body(100);

        var context = new CountingContext();
        var reading = context.Start(() => PooledResponseContent.ReadAsync(new GatedSource(body, gate.Task), 100, CancellationToken.None));
        gate.SetResult();
        using var content = await reading.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(0, context.Posts);
        Assert.Equal(body, await content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Serializing_never_resumes_on_the_callers_context()
    {
        var gate = new TaskCompletionSource();
        var body = ContentHarness.Body(MultiSegment);
        using var content = await Read(body);
        using var sink = new GatedSink(gate.Task);

        var context = new CountingContext();
        var copying = context.Start(async () =>
        {
            await content.CopyToAsync(sink).ConfigureAwait(false);
            return true;
        });
        gate.SetResult();
        await copying.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(0, context.Posts);
        Assert.Equal(body, sink.ToArray());
    }

    [Fact]
    public async Task Copying_the_read_stream_never_resumes_on_the_callers_context()
    {
        var gate = new TaskCompletionSource();
        var body = ContentHarness.Body(MultiSegment);
        using var content = await Read(body);
        using var stream = content.ReadAsStream();
        using var sink = new GatedSink(gate.Task);

        var context = new CountingContext();
        var copying = context.Start(async () =>
        {
            await stream.CopyToAsync(sink).ConfigureAwait(false);
            return true;
        });
        gate.SetResult();
        await copying.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(0, context.Posts);
        Assert.Equal(body, sink.ToArray());
    }

    private static Task<PooledResponseContent> Read(byte[] body) =>
        PooledResponseContent.ReadAsync(new RecordingSource(body), null, CancellationToken.None);

    // HttpContent wraps a copy's ObjectDisposedException in an HttpRequestException.
    private static void AssertDisposedContent(Exception thrown)
    {
        var disposed = thrown as ObjectDisposedException ?? Assert.IsType<ObjectDisposedException>(thrown.InnerException);
        Assert.Equal(typeof(PooledResponseContent).FullName, disposed.ObjectName);
    }
}
