using AviationApis.Reliability.Tests.Server;
using AviationApis.Reliability.Tests.Targets;
using Xunit.Abstractions;

namespace AviationApis.Reliability.Tests.Load;

/// <summary>1,000 concurrent calls through one container against the loopback server.</summary>
[Collection(MemoryCollection.Name)]
public sealed class LoadTests(FaultServerFixture fixture, ITestOutputHelper output)
{
    public const int Concurrency = 1000;

    /// <summary>Managed memory may grow this much across two further waves of 1,000 calls (no leak of responses or streams).</summary>
    public const long LeakMargin = 4 * 1024 * 1024;

    [Fact]
    public async Task Thousand_concurrent_calls_succeed_reuse_connections_and_leak_nothing()
    {
        var server = fixture.Server;
        var route = server.Register([], goodBody: SampleBodies.Flight, name: "load");
        await using var harness = new CoreHarness(route.BaseAddress, o =>
        {
            o.AttemptTimeout = TimeSpan.FromSeconds(60);
            o.TotalTimeout = TimeSpan.FromSeconds(90);
        });
        var accepted = server.ConnectionsAccepted;

        // Waves 1 and 2 open the connections (one per concurrent call at most; the server may accept some of them
        // only after wave 1 from its backlog) and warm everything up.
        await WaveAsync(harness);
        var connectsWave1 = harness.Plan.Connects;
        await WaveAsync(harness);
        var connectsWave2 = harness.Plan.Connects;
        var baseline = ManagedMemory.Settled();

        // Waves 3 and 4 must reuse the pooled connections: the factory's handler (and its pool) is shared by every
        // HttpClient it creates; a handler per call would open 1,000 new sockets per wave.
        await WaveAsync(harness);
        await WaveAsync(harness);
        var after = ManagedMemory.Settled();
        var serverConnections = server.ConnectionsAccepted - accepted;
        output.WriteLine($"client connects: wave 1 {connectsWave1}, wave 2 {connectsWave2}, end {harness.Plan.Connects}; server accepted {serverConnections}, open {server.ConnectionsOpen}");
        output.WriteLine($"managed memory: {baseline / 1024} KiB -> {after / 1024} KiB");

        Assert.Equal(4 * Concurrency, route.Count);
        Assert.InRange(connectsWave1, 1, Concurrency);
        Assert.True(harness.Plan.Connects - connectsWave1 <= Concurrency / 20, $"{harness.Plan.Connects - connectsWave1} new connections after wave 1: connections are not reused");
        Assert.True(serverConnections <= harness.Plan.Connects, $"the server accepted {serverConnections} connections for {harness.Plan.Connects} client connects");
        Assert.True(after - baseline < LeakMargin, $"managed memory grew by {(after - baseline) / 1024} KiB over 2,000 calls");
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
