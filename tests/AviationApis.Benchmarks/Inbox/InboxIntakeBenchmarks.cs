using System.Globalization;
using AviationApis.Benchmarks.Infrastructure;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace AviationApis.Benchmarks.Inbox;

/// <summary>
/// Accepted webhook deliveries: 64 distinct signed ≈4 KB CargoAi callbacks per operation, posted by 8 concurrent
/// senders to a receiver on 127.0.0.1 that verifies, stores (one durable insert each) and answers 200 while its
/// processor drains the inbox. Mean is per accepted delivery; "Deliveries/s" is its inverse. The p99 acknowledgement
/// latency comes from <c>--child inbox-intake</c> (<see cref="InboxIntakeProbe"/>).
/// </summary>
[Config(typeof(InboxIntakeConfig))]
public class InboxIntakeBenchmarks
{
    private const int Batch = 64;
    private const int Senders = 8;
    private InboxReceiver _receiver = null!;

    /// <summary>The inbox store.</summary>
    [Params("SQLite", "PostgreSQL")]
    public string Store { get; set; } = "SQLite";

    /// <summary>Starts the receiver over a fresh store.</summary>
    [GlobalSetup]
    public void Setup() => _receiver = InboxReceiver.StartAsync(Store).GetAwaiter().GetResult();

    /// <summary>Stops it.</summary>
    [GlobalCleanup]
    public void Cleanup() => _receiver.DisposeAsync().AsTask().GetAwaiter().GetResult();

    /// <summary>64 deliveries, 8 senders.</summary>
    /// <returns>A task.</returns>
    [Benchmark(OperationsPerInvoke = Batch)]
    public async Task AcceptDelivery()
    {
        var deliveries = Enumerable.Range(0, Batch).Select(_ => InboxReceiver.NewDelivery()).ToArray();
        await Parallel.ForEachAsync(deliveries, new ParallelOptions { MaxDegreeOfParallelism = Senders }, async (d, _) => await _receiver.PostAsync(d));
    }
}

/// <summary>"Deliveries/s": accepted deliveries per second of the mean time.</summary>
internal sealed class DeliveriesPerSecondColumn : SimpleColumn
{
    public DeliveriesPerSecondColumn()
        : base("Deliveries/s", "Accepted deliveries per second (1 / mean per delivery)")
    {
    }

    protected override string Compute(Summary summary, BenchmarkCase benchmarkCase) =>
        summary[benchmarkCase]?.ResultStatistics is { } stats ? string.Create(CultureInfo.InvariantCulture, $"{1e9 / stats.Mean:N0}") : "NA";
}

/// <summary>Adds the deliveries-per-second column.</summary>
internal sealed class InboxIntakeConfig : ManualConfig
{
    public InboxIntakeConfig() => AddColumn(new DeliveriesPerSecondColumn());
}
