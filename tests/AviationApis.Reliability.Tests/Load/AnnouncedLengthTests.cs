using AviationApis.Core.Errors;
using AviationApis.Reliability.Tests.Server;
using AviationApis.Reliability.Tests.Targets;
using Xunit.Abstractions;

namespace AviationApis.Reliability.Tests.Load;

/// <summary>
/// A response's <c>Content-Length</c> is the server's word, not data: a client must not allocate what it has not
/// received. The server announces 256 MB, sends 1 KiB and closes.
/// </summary>
[Collection(MemoryCollection.Name)]
public sealed class AnnouncedLengthTests(ITestOutputHelper output)
{
    public const long Announced = 256L * 1024 * 1024;

    /// <summary>
    /// Regression guard: a buffer sized from <c>Content-Length</c> (<c>new MemoryStream((int)length)</c>) would let one
    /// header make the client allocate up to 2 GB before a byte arrives. Core's buffer grows with the bytes received.
    /// </summary>
    [Fact]
    public async Task A_huge_announced_length_is_not_allocated_before_the_bytes_arrive()
    {
        await using var server = await FaultServer.StartAsync();
        var route = server.Register([FaultStep.Good, new FaultStep(FaultKind.AnnounceLargeThenAbort, LargeBodyBytes: Announced)], goodBody: SampleBodies.Flight, name: "announced");
        await using var harness = new CoreHarness(route.BaseAddress, o => o.MaxRetryAttempts = 0);
        await CorePipelineTarget.GetFlightAsync(harness.Services, CancellationToken.None); // warm-up

        ManagedMemory.Settled();
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var error = await Record.ExceptionAsync(() => CorePipelineTarget.GetFlightAsync(harness.Services, CancellationToken.None));
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        output.WriteLine($"allocated {allocated / 1024} KiB for a 1 KiB body announced as {Announced / (1024 * 1024)} MB");

        Assert.IsType<ServiceFailureException>(error);
        Assert.True(allocated < 16L * 1024 * 1024, $"the client allocated {allocated / (1024 * 1024)} MB for a body of 1 KiB announced as {Announced / (1024 * 1024)} MB");
    }
}
