using System.Globalization;
using AviationApis.Benchmarks.Infrastructure;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace AviationApis.Benchmarks.PdfStreaming;

/// <summary>"Throughput": the body size divided by the mean time, in MB/s (10^6 bytes).</summary>
internal sealed class ThroughputColumn : SimpleColumn
{
    public ThroughputColumn()
        : base("Throughput", "Body bytes per second of the mean time (MB/s, 10^6 bytes)")
    {
    }

    protected override string Compute(Summary summary, BenchmarkCase benchmarkCase)
    {
        var stats = summary[benchmarkCase]?.ResultStatistics;
        if (stats is null)
        {
            return "NA";
        }

        var bytes = Convert.ToInt64(benchmarkCase.Parameters["SizeMB"], CultureInfo.InvariantCulture) * 1_000_000L;
        return string.Create(CultureInfo.InvariantCulture, $"{bytes / (stats.Mean / 1e9) / 1e6:N0} MB/s");
    }
}

/// <summary>Adds the throughput column.</summary>
internal sealed class PdfStreamingConfig : ManualConfig
{
    public PdfStreamingConfig() => AddColumn(new ThroughputColumn());
}
