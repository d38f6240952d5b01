using AviationApis.Core.Errors;
using AviationApis.Core.Http;
using AviationApis.Reliability.Tests.Server;
using AviationApis.Reliability.Tests.Targets;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace AviationApis.Reliability.Tests.Load;

/// <summary>A 100 MB PDF streamed to <see cref="Stream.Null"/> through a streaming operation stays out of memory.</summary>
[Collection(MemoryCollection.Name)]
public sealed class StreamingMemoryTests(ITestOutputHelper output)
{
    public const long PdfBytes = 100L * 1024 * 1024;
    public const long MaxGrowth = 5L * 1024 * 1024;

    private static readonly ApiOperation DownloadPdf = new("Core.DownloadPdf", Idempotency.Idempotent, StreamResponse: true);

    [Fact]
    public async Task Hundred_megabyte_pdf_streams_with_less_than_5_MB_of_managed_memory()
    {
        await using var server = await FaultServer.StartAsync();
        var route = server.Register([FaultStep.Large(1024 * 1024)], FaultStep.Large(PdfBytes), name: "pdf");
        await using var harness = new CoreHarness(route.BaseAddress, o =>
        {
            o.AttemptTimeout = TimeSpan.FromSeconds(60);
            o.TotalTimeout = TimeSpan.FromSeconds(120);
        });

        // Warm-up download (1 MB): JIT and connection, outside the measurement.
        Assert.Equal(1024 * 1024, await DownloadAsync(harness, route));

        // Two measured downloads; the smaller figures count (a stray background allocation cannot fail the test,
        // a body buffered in memory would show in both).
        var (growth, allocated) = await MeasureAsync(() => DownloadAsync(harness, route));
        output.WriteLine($"Core: peak heap growth {growth / 1024} KiB; allocated {allocated / 1024} KiB");
        Assert.True(growth < MaxGrowth, $"peak managed memory grew by {growth / 1024} KiB");
        Assert.True(allocated < MaxGrowth, $"{allocated / 1024} KiB allocated while streaming 100 MB");
    }

    [Fact]
    public async Task Avinode_tripsheet_pdf_of_100_MB_streams_with_less_than_5_MB_of_managed_memory()
    {
        await using var server = await FaultServer.StartAsync();
        var route = server.Register([FaultStep.Large(1024 * 1024)], FaultStep.Large(PdfBytes), name: "avinode-pdf");
        var baseAddress = new Uri(route.BaseAddress, "avinode/api/");
        var services = new ServiceCollection();
        var budget = Matrix.MatrixBudget.Default with { AttemptTimeout = TimeSpan.FromSeconds(60), TotalTimeout = TimeSpan.FromSeconds(120) };
        new AvinodeTarget().Register(services, baseAddress, budget).ConfigurePrimaryHttpMessageHandler(() => new ConnectPlan().CreateHandler());
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<AviationApis.Avinode.SchedAero.ISchedAeroClient>();
        var link = new AviationApis.Avinode.Resources.ResourceLink { Href = new Uri(baseAddress, "trips/schedaero-trip-1/tripsheet/pdf").AbsoluteUri, Type = "tripsheet" };

        async Task<long> DownloadAsync()
        {
            await using var download = await client.DownloadPdfAsync(link);
            Assert.Equal("application/pdf", download.ContentType);
            var sink = new CountingStream();
            await download.Content.CopyToAsync(sink);
            return sink.Count;
        }

        Assert.Equal(1024 * 1024, await DownloadAsync());
        var (growth, allocated) = await MeasureAsync(DownloadAsync);
        output.WriteLine($"Avinode: peak heap growth {growth / 1024} KiB; allocated {allocated / 1024} KiB");
        Assert.True(growth < MaxGrowth, $"peak managed memory grew by {growth / 1024} KiB");
        Assert.True(allocated < MaxGrowth, $"{allocated / 1024} KiB allocated while streaming 100 MB");
    }

    /// <summary>Runs two measured downloads of <see cref="PdfBytes"/>; returns the smaller peak growth and allocation.</summary>
    private static async Task<(long Growth, long Allocated)> MeasureAsync(Func<Task<long>> download)
    {
        var growths = new List<long>();
        var allocations = new List<long>();
        for (var i = 0; i < 2; i++)
        {
            var before = ManagedMemory.Settled();
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            long copied;
            long peak;
            await using (var sampler = new ManagedMemory.PeakSampler())
            {
                copied = await download();
                peak = sampler.Peak;
            }

            Assert.Equal(PdfBytes, copied);
            growths.Add(peak - before);
            allocations.Add(GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore);
        }

        return (growths.Min(), allocations.Min());
    }

    private static async Task<long> DownloadAsync(CoreHarness harness, FaultRoute route)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, ApiUri.Combine(new Uri(route.BaseAddress, "core/api/"), "documents/awb.pdf"));
        request.SetOperation(DownloadPdf);
        var http = harness.Services.GetRequiredService<IHttpClientFactory>().CreateClient(CorePipelineTarget.ClientName);
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        if (!response.IsSuccessStatusCode)
        {
            throw ApiExceptionFactory.FromResponse(response, ApiErrorContent.Empty, null);
        }

        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        await using var body = await response.Content.ReadAsStreamAsync();
        var sink = new CountingStream();
        await body.CopyToAsync(sink);
        return sink.Count;
    }
}
