using AviationApis.Benchmarks.Infrastructure;
using AviationApis.Benchmarks.Payloads;
using AviationApis.Core.Http;
using BenchmarkDotNet.Attributes;

namespace AviationApis.Benchmarks.PdfStreaming;

/// <summary>
/// Group 3, PDF streaming: a 10 MB and a 100 MB body (a 1 MiB block repeated, read 16 KiB at a time like TLS
/// records) copied to <see cref="Stream.Null"/>. Our side is an <c>ApiOperation(StreamResponse: true)</c> call through
/// the full pipeline; the floor is raw HttpClient <c>CopyToAsync</c>. Two sizes show that allocations do not grow with
/// the file.
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory("PdfStreaming")]
[Config(typeof(PdfStreamingConfig))]
public partial class PdfStreamingBenchmarks
{
    private static readonly Uri BaseAddress = new("https://sandbox.avinode.com/api/");
    private static readonly ApiOperation DownloadPdf = new("Avinode.DownloadQuotePdf", Idempotency.Idempotent, StreamResponse: true);
    private static readonly byte[] Block = PayloadGenerator.PdfBlock();

    private CannedResponseHandler _handler = null!;
    private HttpClient _raw = null!;
    private CorePipelineHost _pipeline = null!;
    private Uri _uri = null!;

    /// <summary>The PDF size in MB (10^6 bytes).</summary>
    [Params(10, 100)]
    public int SizeMB { get; set; } = 100;

    /// <summary>Bytes per operation.</summary>
    public long Bytes => SizeMB * 1_000_000L;

    /// <summary>Builds the contenders.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _handler = new CannedResponseHandler(Block, Bytes, isPdf: true);
        _uri = ApiUri.Combine(BaseAddress, "streams/quotes/schedaero-quote-123456789");
        _raw = new HttpClient(_handler, disposeHandler: false);
        _pipeline = new CorePipelineHost(_handler, "Avinode", Credentials.AvinodeSigner);
        PhaseTwoSetup();
    }

    /// <summary>Releases the contenders.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        _raw.Dispose();
        _pipeline.Dispose();
        PhaseTwoCleanup();
    }

    /// <summary>The floor: raw HttpClient, headers read, body copied with CopyToAsync.</summary>
    [Benchmark(Baseline = true, Description = "Raw HttpClient CopyToAsync")]
    public async Task RawCopyToAsync()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, _uri);
        Credentials.AddAvinodeHeaders(request.Headers);
        using var response = await _raw.SendAsync(request, HttpCompletionOption.ResponseHeadersRead).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        var stream = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            await stream.CopyToAsync(Stream.Null).ConfigureAwait(false);
        }
    }

    /// <summary>Core's pipeline with a streamed operation (signed, not buffered).</summary>
    [Benchmark(Description = "AviationApis.Core pipeline (StreamResponse)")]
    public async Task CorePipeline()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, _uri);
        await _pipeline.CopyToAsync(request, DownloadPdf, Stream.Null).ConfigureAwait(false);
    }

    partial void PhaseTwoSetup();

    partial void PhaseTwoCleanup();
}
