using System.Net;
using System.Net.Http.Headers;
using AviationApis.Avinode.Files;
using AviationApis.Avinode.Resources;
using AviationApis.Avinode.SchedAero;
using AviationApis.Avinode.SchedAero.Quotes;
using AviationApis.Avinode.Tests.Infrastructure;
using AviationApis.Core.Errors;

namespace AviationApis.Avinode.Tests.Files;

[CollectionDefinition(nameof(MemoryMeasurements), DisableParallelization = true)]
public sealed class MemoryMeasurements;

[Collection(nameof(MemoryMeasurements))]
public sealed class PdfTests
{
    private const string SeedFileName = "Quote N100AB (Gulfstream V)  $28,650.00";

    private static HttpResponseMessage Pdf(HttpContent content)
    {
        var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = content };
        response.Headers.Add("X-Avinode-ApiVersion", "v1");
        content.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        content.Headers.TryAddWithoutValidation("Content-Disposition", $"attachment; filename=\"{SeedFileName}\"");
        return response;
    }

    [Fact]
    public async Task A_quote_pdf_is_streamed_with_type_name_and_length()
    {
        using var harness = new AvinodeHarness();
        var bytes = "%PDF-1.4\n%seed\n"u8.ToArray();
        harness.Handler = (r, _) => r.Uri.AbsolutePath == "/api/quotes/schedaero-quote-123456789"
            ? AvinodeHarness.Json("""
                { "data": { "id": "schedaero-quote-123456789", "href": "https://sandbox-schedaero.avinode.com/api/quotes/schedaero-quote-123456789", "type": "schedaero-quote",
                            "links": { "generate-pdf": { "href": "https://sandbox-schedaero.avinode.com/api/streams/quotes/schedaero-quote-123456789" } } },
                  "meta": {} }
                """)
            : Pdf(new ByteArrayContent(bytes));

        var quote = (await harness.Client.GetQuoteAsync(new ResourceId("schedaero-quote-123456789"))).Data!;
        await using var download = await harness.Client.DownloadPdfAsync(quote.Links!.GeneratePdf!);
        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".pdf");
        try
        {
            var written = await download.SaveToFileAsync(path);

            Assert.Equal("application/pdf", download.ContentType);
            Assert.Equal(SeedFileName, download.FileName);
            Assert.Equal(bytes.Length, download.Length);
            Assert.Equal(bytes.Length, written);
            Assert.Equal(bytes, await File.ReadAllBytesAsync(path));
        }
        finally
        {
            File.Delete(path);
        }

        var sent = harness.Requests.Last();
        Assert.Equal("https://sandbox-schedaero.avinode.com/api/streams/quotes/schedaero-quote-123456789", sent.Uri.AbsoluteUri);
        Assert.Equal("Bearer " + AvinodeHarness.AuthorizationToken, sent.Header("Authorization"));
        Assert.NotNull(sent.Header("X-Avinode-SentTimestamp"));
    }

    [Fact]
    public async Task A_100_MB_pdf_streams_without_memory_growing_with_its_size()
    {
        const long size = 100L * 1024 * 1024;
        using var harness = new AvinodeHarness();
        harness.Handler = (_, _) => Pdf(new GeneratedContent(size));
        var link = new ResourceLink { Href = "https://sandbox-schedaero.avinode.com/api/streams/tripsheets/schedaero-trip-123456789-report-10002" };
        var sink = new CountingStream();

        var before = GC.GetTotalAllocatedBytes(precise: true);
        await using (var download = await harness.Client.DownloadPdfAsync(link))
        {
            Assert.IsType<GeneratedContent.GeneratorStream>(download.Content);
            Assert.Equal(size, download.Length);
            await download.Content.CopyToAsync(sink);
        }

        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        Assert.Equal(size, sink.Count);
        Assert.True(allocated < 8 * 1024 * 1024, $"allocated {allocated:N0} bytes while streaming {size:N0}");
    }

    [Fact]
    public async Task A_failed_pdf_request_is_a_typed_error()
    {
        using var harness = new AvinodeHarness(o => o.Pipeline.MaxRetryAttempts = 0);
        harness.Handler = (_, _) => AvinodeHarness.Errors(HttpStatusCode.NotFound, """[{"code": "NOT_FOUND", "title": "Not found"}]""");

        var error = await Assert.ThrowsAsync<ResourceNotFoundException>(() =>
            harness.Client.DownloadPdfAsync(new ResourceLink { Href = "https://sandbox-schedaero.avinode.com/api/streams/quotes/q-404" }));

        Assert.Equal("NOT_FOUND", error.ErrorCode);
        Assert.Equal("SchedAero.DownloadPdf", error.OperationName);
    }

    [Theory]
    [InlineData("attachment; filename=\"Quote N100AB (Gulfstream V)  $28,650.00\"", SeedFileName)]
    [InlineData("attachment; filename=trip.pdf", "trip.pdf")]
    [InlineData("attachment; filename=\"a.pdf\"; size=3", "a.pdf")]
    [InlineData("inline", null)]
    public void File_names_are_read_from_raw_content_disposition(string header, string? expected) =>
        Assert.Equal(expected, ContentDispositionFileName.FromRaw(header));

    /// <summary>A body generated on the fly: never held in memory, never buffered by HttpContent.</summary>
    private sealed class GeneratedContent(long length) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
            new GeneratorStream(length).CopyToAsync(stream);

        protected override Task<Stream> CreateContentReadStreamAsync() => Task.FromResult<Stream>(new GeneratorStream(length));

        protected override bool TryComputeLength(out long result)
        {
            result = length;
            return true;
        }

        internal sealed class GeneratorStream(long length) : Stream
        {
            private long _position;

            public override bool CanRead => true;

            public override bool CanSeek => false;

            public override bool CanWrite => false;

            public override long Length => length;

            public override long Position { get => _position; set => throw new NotSupportedException(); }

            public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

            public override int Read(Span<byte> buffer)
            {
                var n = (int)Math.Min(buffer.Length, length - _position);
                buffer[..n].Fill((byte)'P');
                _position += n;
                return n;
            }

            public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => ValueTask.FromResult(Read(buffer.Span));

            public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => Task.FromResult(Read(buffer, offset, count));

            public override void Flush()
            {
            }

            public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

            public override void SetLength(long value) => throw new NotSupportedException();

            public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        }
    }

    private sealed class CountingStream : Stream
    {
        public long Count { get; private set; }

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => Count;

        public override long Position { get => Count; set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => Count += count;

        public override void Write(ReadOnlySpan<byte> buffer) => Count += buffer.Length;

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Count += buffer.Length;
            return ValueTask.CompletedTask;
        }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
