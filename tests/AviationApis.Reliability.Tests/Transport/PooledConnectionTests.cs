using AviationApis.Core.Errors;
using AviationApis.Reliability.Tests.Server;
using AviationApis.Reliability.Tests.Targets;

namespace AviationApis.Reliability.Tests.Transport;

/// <summary>
/// Behaviour on a warm connection pool: the matrix runs each cell on a fresh pool; real callers reuse connections, and
/// SocketsHttpHandler may transparently resend a request when a reused connection fails before any response byte.
/// </summary>
public sealed class PooledConnectionTests(FaultServerFixture fixture) : IClassFixture<FaultServerFixture>
{
    private FaultServer Server => fixture.Server;

    [Theory]
    [InlineData(FaultKind.AbortBeforeResponse)]
    [InlineData(FaultKind.AbortAfterHeaders)]
    [InlineData(FaultKind.AbortMidBody)]
    public async Task Booking_broken_on_a_reused_connection_reaches_the_server_once(FaultKind fault)
    {
        // Attempt 1: the warm-up read (good); attempt 2: the booking, broken; later: good.
        var route = Server.Register([FaultStep.Good, FaultStep.Of(fault)], goodBody: SampleBodies.Booking);
        await using var harness = new CoreHarness(route.BaseAddress, maxConnectionsPerServer: 1);
        var warm = await Record.ExceptionAsync(() => CorePipelineTarget.GetFlightAsync(harness.Services, CancellationToken.None));
        Assert.IsType<InvalidResponseException>(warm); // the booking body is not a flight; the connection is pooled all the same

        var error = await Record.ExceptionAsync(() => CorePipelineTarget.BookAsync(harness.Services, CancellationToken.None));

        Assert.Equal(1, route.Seen.Count(r => r.Method == "POST"));
        Assert.IsType<ServiceFailureException>(error);
    }

    [Fact]
    public async Task Idempotent_read_broken_on_a_reused_connection_recovers()
    {
        var route = Server.Register([FaultStep.Good, FaultStep.Of(FaultKind.AbortBeforeResponse)], goodBody: SampleBodies.Flight);
        await using var harness = new CoreHarness(route.BaseAddress, maxConnectionsPerServer: 1);
        await CorePipelineTarget.GetFlightAsync(harness.Services, CancellationToken.None);

        var flight = await CorePipelineTarget.GetFlightAsync(harness.Services, CancellationToken.None);

        Assert.Equal("AV123", flight.Number);
        Assert.Equal(3, route.Count);
    }
}
