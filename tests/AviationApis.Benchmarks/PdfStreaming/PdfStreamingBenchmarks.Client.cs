using AviationApis.Avinode.SchedAero;
using AviationApis.Benchmarks.Infrastructure;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;

namespace AviationApis.Benchmarks.PdfStreaming;

/// <summary>Phase 2: the Avinode client's PDF download API (DownloadPdfAsync) copied to Stream.Null.</summary>
public partial class PdfStreamingBenchmarks
{
    private ServiceProvider _avinodeServices = null!;
    private ISchedAeroClient _schedAero = null!;

    /// <summary>DownloadPdfAsync on a generate-pdf link, its Content stream copied to Stream.Null.</summary>
    [Benchmark(Description = "AviationApis.Avinode DownloadPdfAsync")]
    public async Task AvinodeDownloadPdf()
    {
        var download = await _schedAero.DownloadPdfAsync(ClientRequests.QuotePdf).ConfigureAwait(false);
        await using (download.ConfigureAwait(false))
        {
            await download.Content.CopyToAsync(Stream.Null).ConfigureAwait(false);
        }
    }

    partial void PhaseTwoSetup()
    {
        _avinodeServices = ClientHosts.Avinode(_handler);
        _schedAero = _avinodeServices.SchedAeroClient();
    }

    partial void PhaseTwoCleanup() => _avinodeServices.Dispose();
}
