using System.Collections.Concurrent;
using System.Globalization;
using AviationApis.Benchmarks.Infrastructure;
using AviationApis.Benchmarks.PerCall;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace AviationApis.Benchmarks.ColdStart;

/// <summary>
/// Group 4, cold start: every invocation starts a FRESH process of this executable (<c>--child cold-start
/// &lt;mode&gt;</c>) that makes its first typed call (CargoAi search, ≈2 KB) and exits. BenchmarkDotNet times the whole
/// process (start, runtime init, first call, exit: Mean/Median columns); the child also times itself from before the
/// first line of client code (DI registration and build, or <c>new HttpClient</c>) to the deserialized result, and
/// the "First call" column shows the median of those. The runner is in-process (the child is the cold part), with
/// the monitoring strategy: one process per iteration, no unrolling.
/// </summary>
[BenchmarkCategory("ColdStart")]
[Config(typeof(ColdStartConfig))]
public partial class ColdStartBenchmarks
{
    private string _payloadFile = null!;

    /// <summary>Child-reported first-call times by mode, in ms.</summary>
    internal static ConcurrentDictionary<string, ConcurrentBag<double>> Samples { get; } = new(StringComparer.Ordinal);

    /// <summary>Writes the payload file the children read.</summary>
    [GlobalSetup]
    public void Setup() => _payloadFile = ChildProcess.PayloadFile("cargoai-2kb", () => CargoAiSearchPerCallBenchmarks.Payload);

    /// <summary>The floor: a fresh process with raw HttpClient + STJ source-gen.</summary>
    [Benchmark(Baseline = true, Description = "Raw HttpClient + STJ source-gen")]
    public void RawHttpClient() => Run(ColdStartChild.Raw);

    /// <summary>A fresh process with DI, the full Core pipeline and STJ source-gen.</summary>
    [Benchmark(Description = "AviationApis.Core pipeline")]
    public void CorePipeline() => Run(ColdStartChild.Pipeline);

    /// <summary>Reference (not a target): DI + logging + IHttpClientFactory without Core's stages, to attribute the gap.</summary>
    [Benchmark(Description = "Reference: DI + IHttpClientFactory, no Core")]
    public void HttpClientFactoryOnly() => Run(ColdStartChild.Factory);

    internal static string ModeOf(string method) => method switch
    {
        nameof(RawHttpClient) => ColdStartChild.Raw,
        nameof(CorePipeline) => ColdStartChild.Pipeline,
        nameof(HttpClientFactoryOnly) => ColdStartChild.Factory,
        nameof(CargoAiClient) => ColdStartChild.CargoAiClient,
        _ => method,
    };

    /// <summary>Runs one fresh child process in a mode and records its self-reported first-call time.</summary>
    /// <param name="mode">The child mode.</param>
    protected void Run(string mode)
    {
        var values = ChildProcess.Run("cold-start", mode, _payloadFile);
        Samples.GetOrAdd(mode, _ => []).Add(values["first-call-ms"]);
    }
}

/// <summary>"First call": the median of the child-reported time from the first line of client code to the result.</summary>
internal sealed class FirstCallColumn : SimpleColumn
{
    public FirstCallColumn()
        : base("First call", "Median of the time each fresh process reported from its first line of client code (DI build or new HttpClient) to the deserialized result (ms), and the ratio to the raw floor")
    {
    }

    protected override string Compute(Summary summary, BenchmarkCase benchmarkCase)
    {
        var mode = ColdStartBenchmarks.ModeOf(benchmarkCase.Descriptor.WorkloadMethod.Name);
        if (!ColdStartBenchmarks.Samples.TryGetValue(mode, out var samples) || samples.IsEmpty)
        {
            return "NA";
        }

        var median = ChildProcess.Median(samples.ToArray());
        var floor = ColdStartBenchmarks.Samples.TryGetValue(ColdStartChild.Raw, out var raw) && !raw.IsEmpty ? ChildProcess.Median(raw.ToArray()) : double.NaN;
        return string.Create(CultureInfo.InvariantCulture, $"{median:0.0} ms ({median / floor:0.00}x, n={samples.Count})");
    }
}

/// <summary>
/// One fresh process per iteration, in-process runner, the first-call column. This config replaces the command line's
/// job (<c>--job short</c> etc. would otherwise add a second, unrolled job that spawns processes in a loop), so it
/// carries the rest of the global settings itself.
/// </summary>
internal sealed class ColdStartConfig : ManualConfig
{
    public ColdStartConfig()
    {
        UnionRule = ConfigUnionRule.AlwaysUseLocal;
        Add(Program.GlobalConfig());
        AddJob(Job.Default
            .WithStrategy(RunStrategy.Monitoring)
            .WithLaunchCount(1)
            .WithWarmupCount(1)
            .WithIterationCount(15)
            .WithInvocationCount(1)
            .WithUnrollFactor(1)
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithId("ColdStart"));
        AddColumn(new FirstCallColumn());
    }
}
