using System.Diagnostics;
using AviationApis.Core.Errors;
using AviationApis.Reliability.Tests.Server;
using AviationApis.Reliability.Tests.Targets;
using AviationApis.Testing;

namespace AviationApis.Reliability.Tests.Cancellation;

/// <summary>Cancellation by the caller's own token stays <see cref="OperationCanceledException"/>, whatever the pipeline is doing.</summary>
public sealed class CallerCancellationTests(FaultServerFixture fixture) : IClassFixture<FaultServerFixture>
{
    private FaultServer Server => fixture.Server;

    [Fact]
    public async Task Cancelled_during_a_stall_before_headers()
    {
        var route = Server.Register([FaultStep.Of(FaultKind.StallBeforeHeaders)], goodBody: SampleBodies.Flight);
        await using var harness = new CoreHarness(route.BaseAddress, o => { o.AttemptTimeout = TimeSpan.FromSeconds(20); o.TotalTimeout = TimeSpan.FromSeconds(30); });
        await AssertCallerCancellationAsync(ct => CorePipelineTarget.GetFlightAsync(harness.Services, ct), route);
        Assert.Equal(1, route.Count);
    }

    [Fact]
    public async Task Cancelled_during_a_stall_in_the_middle_of_the_body()
    {
        var route = Server.Register([FaultStep.Of(FaultKind.StallMidBody)], goodBody: SampleBodies.Flight);
        await using var harness = new CoreHarness(route.BaseAddress, o => { o.AttemptTimeout = TimeSpan.FromSeconds(20); o.TotalTimeout = TimeSpan.FromSeconds(30); });
        await AssertCallerCancellationAsync(ct => CorePipelineTarget.GetFlightAsync(harness.Services, ct), route);
    }

    [Fact]
    public async Task Cancelled_during_a_rate_limit_wait()
    {
        var route = Server.Register([FaultStep.TooManyRequests(5)], goodBody: SampleBodies.Booking);
        await using var harness = new CoreHarness(route.BaseAddress, o => o.TotalTimeout = TimeSpan.FromSeconds(30));
        await AssertCallerCancellationAsync(ct => CorePipelineTarget.BookAsync(harness.Services, ct), route);
        Assert.Equal(1, route.Count);
    }

    [Fact]
    public async Task Cancelled_during_a_back_off()
    {
        var route = Server.Register([FaultStep.Status(503)], goodBody: SampleBodies.Flight);
        await using var harness = new CoreHarness(route.BaseAddress, o => { o.RetryBaseDelay = TimeSpan.FromSeconds(5); o.RetryMaxDelay = TimeSpan.FromSeconds(10); o.TotalTimeout = TimeSpan.FromSeconds(30); });
        await AssertCallerCancellationAsync(ct => CorePipelineTarget.GetFlightAsync(harness.Services, ct), route);
        Assert.Equal(1, route.Count);
    }

    [Fact]
    public async Task Cancelled_before_sending_never_reaches_the_server()
    {
        var route = Server.Register([], goodBody: SampleBodies.Booking);
        await using var harness = new CoreHarness(route.BaseAddress);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => CorePipelineTarget.BookAsync(harness.Services, cancelled.Token));
        Assert.Equal(0, route.Count);
    }

    /// <summary>Starts the call, cancels the caller's token once the server has seen the request (it stalls), and checks the outcome.</summary>
    private static async Task AssertCallerCancellationAsync(Func<CancellationToken, Task> call, FaultRoute route)
    {
        using var cts = new CancellationTokenSource();
        var watch = Stopwatch.StartNew();
        var task = call(cts.Token);
        var deadline = DateTime.UtcNow + SteppingTimeProvider.RealTimeGuard;
        while (route.Count == 0 && !task.IsCompleted && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        Assert.False(task.IsCompleted, "the call ended before the caller cancelled it");
        watch.Restart();
        await cts.CancelAsync();
        var error = await Record.ExceptionAsync(() => task.WaitAsync(TimeSpan.FromSeconds(15)));
        Assert.NotNull(error);
        Assert.IsAssignableFrom<OperationCanceledException>(error);
        Assert.IsNotAssignableFrom<AviationApiException>(error);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(12), $"cancellation took {watch.Elapsed}");
    }
}
