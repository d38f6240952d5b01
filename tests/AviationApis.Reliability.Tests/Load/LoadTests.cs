using AviationApis.Reliability.Tests.Server;

using AviationApis.Reliability.Tests.Targets;
using Xunit.Abstractions;

namespace AviationApis.Reliability.Tests.Load;

/// <summary>1,000 concurrent calls through one container against the loopback server.</summary>
[Collection(MemoryCollection.Name)]
public sealed class LoadTests(ITestOutputHelper output)
{
    public const int Concurrency = 1000;

    /// <summary>Waves of <see cref="Concurrency"/> calls that warm up (connections, pools, lazily built state).</summary>
    public const int WarmUpWaves = 4;

    /// <summary>Waves of <see cref="Concurrency"/> calls in all; those after the warm-up are measured.</summary>
    public const int Waves = 8;

    /// <summary>Managed memory may grow this much across the measured waves (a leaked response or stream per call would be far more).</summary>
    public const long LeakMargin = 4 * 1024 * 1024;

    /// <summary>The most managed memory every wave of <see cref="Concurrency"/> calls may keep (the smallest growth over the measured waves).</summary>
    public const long LeakPerWave = 256 * 1024;

    [Fact]
    public async Task Thousand_concurrent_calls_succeed_reuse_connections_and_leak_nothing()
    {
        await using var server = await FaultServer.StartAsync();
        // The server holds every answer until all 1,000 calls of a wave are in flight together: real concurrency,
        // one connection per call (HTTP/1.1), then the same connections again for the later waves.
        var route = server.Register([], goodBody: SampleBodies.Flight, name: "load", setup: new RouteSetup(Barrier: Concurrency, RecordRequests: false));
        var handlers = 0;
        await using var harness = new CoreHarness(route.BaseAddress, o =>
        {
            o.AttemptTimeout = TimeSpan.FromSeconds(60);
            o.TotalTimeout = TimeSpan.FromSeconds(90);
        }, onHandlerCreated: () => Interlocked.Increment(ref handlers));
        var accepted = server.ConnectionsAccepted;

        await WaveAsync(harness);
        var connectsWave1 = harness.Plan.Connects;
        for (var wave = 2; wave <= WarmUpWaves; wave++)
        {
            await WaveAsync(harness);
        }

        var baseline = ManagedMemory.Settled();
        var memory = new List<long> { baseline };
        for (var wave = WarmUpWaves + 1; wave <= Waves; wave++)
        {
            await WaveAsync(harness);
            memory.Add(ManagedMemory.Settled());
        }

        var serverConnections = server.ConnectionsAccepted - accepted;
        output.WriteLine($"client connects: wave 1 {connectsWave1}, end {harness.Plan.Connects}; server accepted {serverConnections}; primary handlers built: {handlers}");
        output.WriteLine($"managed memory after waves {WarmUpWaves}..{Waves}: " + string.Join(", ", memory.Select(m => $"{m / 1024} KiB")));

        Assert.Equal(Waves * Concurrency, route.Count);
        Assert.Equal(Concurrency, connectsWave1);
        Assert.Equal(Concurrency, harness.Plan.Connects);
        Assert.Equal(1, handlers);
        Assert.True(serverConnections <= Concurrency, $"the server accepted {serverConnections} connections");
        // A leak grows with every wave; a pool, or the caches of a thread the pool injects on a busy machine, grows in
        // steps. So the smallest growth of a measured wave of 1,000 calls must stay under LeakPerWave (256 bytes a
        // call; a response kept per call is about 500), and the total under LeakMargin.
        var deltas = memory.Zip(memory.Skip(1), (a, b) => b - a).ToArray();
        var smallest = deltas.Min();
        var growth = memory[^1] - baseline;
        Assert.True(smallest < LeakPerWave, $"managed memory grows by at least {smallest / 1024} KiB per {Concurrency} calls (waves: {string.Join(", ", deltas.Select(d => d / 1024))} KiB)");
        Assert.True(growth < LeakMargin, $"managed memory grew by {growth / 1024} KiB over {(Waves - WarmUpWaves) * Concurrency} calls");
    }

    private static async Task WaveAsync(CoreHarness harness)
    {
        using var start = new SemaphoreSlim(0);
        var calls = Enumerable.Range(0, Concurrency).Select(async _ =>
        {
            await start.WaitAsync();
            var flight = await CorePipelineTarget.GetFlightAsync(harness.Services, CancellationToken.None);
            return flight.Number;
        }).ToArray();
        start.Release(Concurrency);
        var numbers = await Task.WhenAll(calls).WaitAsync(TimeSpan.FromSeconds(120));
        Assert.All(numbers, n => Assert.Equal("AV123", n));
    }
}
