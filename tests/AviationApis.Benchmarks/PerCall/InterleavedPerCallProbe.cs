using System.Diagnostics;
using System.Globalization;

namespace AviationApis.Benchmarks.PerCall;

/// <summary>
/// Child mode <c>--child interleaved [rounds]</c>: per-call time ratios that survive a shared, noisy machine.
/// BenchmarkDotNet measures one benchmark after another, so load that changes between them skews the ratios. Here
/// every round runs a block of calls of each contender back to back (rotating the order), the ratio to the raw
/// floor is taken within the round, and the median over rounds is reported with the 25th-75th percentile range.
/// </summary>
internal static class InterleavedPerCallProbe
{

    public static int Run(int rounds)
    {
        var cargo = new CargoAiSearchPerCallBenchmarks();
        cargo.Setup();
        Measure("CargoAi search (POST, 2.6 KB)", rounds,
        [
            ("Raw HttpClient + STJ source-gen", async () => await cargo.RawHttpClient().ConfigureAwait(false)),
            ("AviationApis.Core pipeline", async () => await cargo.CorePipeline().ConfigureAwait(false)),
            ("AviationApis.CargoAi client", async () => await cargo.CargoAiClient().ConfigureAwait(false)),
            ("RestSharp 114", async () => await cargo.RestSharp().ConfigureAwait(false)),
            ("Azure.Core HttpPipeline", async () => await cargo.AzureCore().ConfigureAwait(false)),
        ]);
        cargo.Cleanup();

        var avinode = new AvinodeContactPerCallBenchmarks();
        avinode.Setup();
        Measure("Avinode contact (GET, 5 signed headers, 1 KB)", rounds,
        [
            ("Raw HttpClient + STJ source-gen", async () => await avinode.RawHttpClient().ConfigureAwait(false)),
            ("AviationApis.Core pipeline", async () => await avinode.CorePipeline().ConfigureAwait(false)),
            ("AviationApis.Avinode client", async () => await avinode.AvinodeClient().ConfigureAwait(false)),
            ("RestSharp 114", async () => await avinode.RestSharp().ConfigureAwait(false)),
            ("Azure.Core HttpPipeline", async () => await avinode.AzureCore().ConfigureAwait(false)),
        ]);
        avinode.Cleanup();
        return 0;
    }

    /// <summary>Mode <c>--child interleaved-stages</c>: the time of the pipeline with stages switched off, interleaved.</summary>
    /// <param name="rounds">Rounds.</param>
    /// <returns>The exit code.</returns>
    public static int RunStages(int rounds)
    {
        var variants = Infrastructure.AllocationBreakdown.StageVariants();
        Measure("Avinode contact through the pipeline, stages switched off", rounds, [.. variants.Select(v => (v.Name, v.Call))]);
        foreach (var variant in variants)
        {
            variant.Owner.Dispose();
        }

        return 0;
    }

    /// <summary>Mode <c>--child interleaved-large</c>: large responses and PDF streaming, interleaved the same way.</summary>
    /// <param name="rounds">Rounds.</param>
    /// <returns>The exit code.</returns>
    public static int RunLarge(int rounds)
    {
        foreach (var scenario in new[] { LargeResponses.LargeResponseBenchmarks.Cangooroo, LargeResponses.LargeResponseBenchmarks.CargoAi })
        {
            var large = new LargeResponses.LargeResponseBenchmarks { Scenario = scenario };
            large.Setup();
            Measure(scenario, rounds,
            [
                ("Raw HttpClient + STJ source-gen", async () => await large.RawStj().ConfigureAwait(false)),
                ("AviationApis.Core pipeline", async () => await large.CorePipeline().ConfigureAwait(false)),
                ("AviationApis client", async () => await large.TypedClient().ConfigureAwait(false)),
            ], blockCalls: scenario == LargeResponses.LargeResponseBenchmarks.Cangooroo ? 1 : 4, warmupCalls: 5);
            large.Cleanup();
        }

        var pdf = new PdfStreaming.PdfStreamingBenchmarks { SizeMB = 100 };
        pdf.Setup();
        Measure("PDF 100 MB to Stream.Null (ratio of time; throughput ratio is its inverse)", rounds,
        [
            ("Raw HttpClient CopyToAsync", pdf.RawCopyToAsync),
            ("AviationApis.Core pipeline (StreamResponse)", pdf.CorePipeline),
            ("AviationApis.Avinode DownloadPdfAsync", pdf.AvinodeDownloadPdf),
        ], blockCalls: 4, warmupCalls: 10);
        pdf.Cleanup();
        return 0;
    }

    private static void Measure(string scenario, int rounds, (string Name, Func<Task> Call)[] contenders, int blockCalls = 400, int warmupCalls = 3_000)
    {
        foreach (var (_, call) in contenders)
        {
            Block(call, warmupCalls);
        }

        var micros = contenders.Select(_ => new List<double>()).ToArray();
        var ratios = contenders.Select(_ => new List<double>()).ToArray();
        for (var round = 0; round < rounds; round++)
        {
            var perCall = new double[contenders.Length];
            for (var k = 0; k < contenders.Length; k++)
            {
                var i = (k + round) % contenders.Length;
                perCall[i] = Block(contenders[i].Call, blockCalls);
            }

            for (var i = 0; i < contenders.Length; i++)
            {
                micros[i].Add(perCall[i]);
                ratios[i].Add(perCall[i] / perCall[0]);
            }
        }

        Console.WriteLine($"{scenario}: {rounds} rounds of {blockCalls} call(s) per contender");
        Console.WriteLine("| Contender | Median us/call | Median ratio to raw | P25-P75 ratio |");
        Console.WriteLine("| --- | ---: | ---: | ---: |");
        for (var i = 0; i < contenders.Length; i++)
        {
            var r = ratios[i].Order().ToArray();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {contenders[i].Name} | {Percentile(micros[i].Order().ToArray(), 0.5):0.0} | {Percentile(r, 0.5):0.00} | {Percentile(r, 0.25):0.00}-{Percentile(r, 0.75):0.00} |"));
        }

        Console.WriteLine();
    }

    private static double Block(Func<Task> call, int calls)
    {
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < calls; i++)
        {
            call().GetAwaiter().GetResult();
        }

        return watch.Elapsed.TotalMicroseconds / calls;
    }

    private static double Percentile(double[] sorted, double p)
    {
        var index = (sorted.Length - 1) * p;
        var low = (int)Math.Floor(index);
        var high = (int)Math.Ceiling(index);
        return sorted[low] + ((sorted[high] - sorted[low]) * (index - low));
    }
}
