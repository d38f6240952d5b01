using System.Collections.Concurrent;
using System.Net;
using AviationApis.AspNetCore.CargoAi;
using AviationApis.AspNetCore.Tests.Inbox;
using AviationApis.AspNetCore.Tests.Infrastructure;
using AviationApis.Core.Pipeline;
using AviationApis.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;

namespace AviationApis.AspNetCore.Tests.Processing;

/// <summary>The processor over a durable inbox (SQLite and a real PostgreSQL): retries, the dead letter, replay and shutdown.</summary>
public sealed class WebhookProcessorTests
{
    private const string LeakedToken = "sk_live_0123456789abcdefXYZ";
    private static readonly byte[] SeedExample = ReceiverHost.Payload("cargoai-flywindow-callback.seed-example.json");

    private static async Task<(ReceiverHost Host, Flaky Flaky)> StartAsync(string kind, string location, int maxRetries, TimeSpan? claimLease = null, Flaky? flaky = null)
    {
        flaky ??= new Flaky();
        var host = await ReceiverHost.StartAsync(
            services =>
            {
                services.AddSingleton(flaky);
                services.AddAviationWebhooks(o =>
                {
                    o.MaxRetries = maxRetries;
                    o.ClaimLease = claimLease ?? TimeSpan.FromMinutes(1);
                });
                services.AddCargoAiCallbackHandler<FlakyHandler>(o => o.AllowUnauthenticatedCallbacks = true);
            },
            inboxKind: kind,
            inboxLocation: location);
        return (host, flaky);
    }

    private static async Task PostAsync(ReceiverHost host)
    {
        using var response = await host.Client.PostAsync("/webhooks/cargoai/flywindow", new ByteArrayContent(SeedExample));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(InboxKind.Durable), MemberType = typeof(InboxKind))]
    public async Task A_handler_that_fails_three_times_then_succeeds_is_handled_once_with_three_retries_counted(string kind)
    {
        var (host, flaky) = await StartAsync(kind, (await InboxKind.NewLocationAsync(kind))!, maxRetries: 5);
        await using var _ = host;
        using var retries = new MetricCollector<long>(host.Services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>(), AviationTelemetry.Name, "aviationapis.webhooks.retries");
        flaky.FailuresLeft = 3;

        await PostAsync(host);

        var statistics = await host.WaitUntilIdleAsync();
        Assert.Equal((0, 0), (statistics.Pending, statistics.Dead));
        Assert.Equal(4, flaky.Runs);
        Assert.Single(flaky.Handled);
        Assert.Equal(3, retries.GetMeasurementSnapshot().Sum(m => m.Value));
    }

    [Theory]
    [MemberData(nameof(InboxKind.Durable), MemberType = typeof(InboxKind))]
    public async Task A_handler_that_always_fails_parks_the_delivery_dead_with_a_redacted_error_and_a_replay_succeeds_once_fixed(string kind)
    {
        // A short lease also makes the processor refresh its gauges often (every third of it).
        var (host, flaky) = await StartAsync(kind, (await InboxKind.NewLocationAsync(kind))!, maxRetries: 2, claimLease: TimeSpan.FromMilliseconds(600));
        await using var _ = host;
        using var deadGauge = new MetricCollector<long>(host.Services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>(), AviationTelemetry.Name, "aviationapis.webhooks.dead");
        flaky.FailuresLeft = int.MaxValue;

        await PostAsync(host);

        Assert.Equal(1, (await host.WaitUntilIdleAsync()).Dead);
        // The processor refreshes its gauges on its own schedule: poll them (bounded) until the dead count shows.
        var deadline = DateTime.UtcNow + SteppingTimeProvider.RealTimeGuard;
        while (deadGauge.LastMeasurement?.Value != 1 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(25);
            deadGauge.RecordObservableInstruments();
        }

        Assert.Equal(1, deadGauge.LastMeasurement?.Value);
        var dead = Assert.Single(await host.Admin.ListDeadAsync());
        Assert.Equal(3, flaky.Runs);
        Assert.Equal(3, dead.Attempts);
        Assert.Contains("InvalidOperationException", dead.LastError, StringComparison.Ordinal);
        Assert.DoesNotContain(LeakedToken, dead.LastError, StringComparison.Ordinal);
        Assert.Empty(flaky.Handled);

        flaky.FailuresLeft = 0;
        Assert.True(await host.Admin.ReplayAsync(dead.Key));

        var statistics = await host.WaitUntilIdleAsync();
        Assert.Equal((0, 0), (statistics.Pending, statistics.Dead));
        Assert.Equal(dead.Key, Assert.Single(flaky.Handled));
        Assert.False(await host.Admin.ReplayAsync(dead.Key));
    }

    [Theory]
    [MemberData(nameof(InboxKind.Durable), MemberType = typeof(InboxKind))]
    public async Task A_graceful_stop_releases_the_delivery_in_flight_and_the_next_start_handles_it_without_waiting_for_the_claim(string kind)
    {
        var location = (await InboxKind.NewLocationAsync(kind))!;
        var (first, flaky) = await StartAsync(kind, location, maxRetries: 2, claimLease: TimeSpan.FromMinutes(10));
        flaky.Hold = true;
        await PostAsync(first);
        await flaky.Started.Task.WaitAsync(TimeSpan.FromSeconds(20));

        await first.DisposeAsync(); // the held handler sees the stopping token: its delivery is released, not lost

        flaky.Hold = false;
        var (second, _) = await StartAsync(kind, location, maxRetries: 2, claimLease: TimeSpan.FromMinutes(10), flaky: flaky);
        await using var __ = second;
        var statistics = await second.WaitUntilIdleAsync();

        Assert.Equal((0, 0), (statistics.Pending, statistics.Dead));
        Assert.Single(flaky.Handled);
    }

    /// <summary>Shared state of <see cref="FlakyHandler"/>: how many runs still fail, and what completed.</summary>
    public sealed class Flaky
    {
        private int _runs;

        public int FailuresLeft { get; set; }

        public bool Hold { get; set; }

        public int Runs => _runs;

        public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public ConcurrentQueue<string> Handled { get; } = new();

        public async Task RunAsync(string deliveryKey, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _runs);
            Started.TrySetResult();
            if (Hold)
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }

            if (FailuresLeft > 0)
            {
                FailuresLeft--;
                throw new InvalidOperationException($"The TMS refused the booking (Authorization: Bearer {LeakedToken})");
            }

            Handled.Enqueue(deliveryKey);
        }
    }

    public sealed class FlakyHandler(Flaky flaky) : ICargoAiCallbackHandler
    {
        public Task HandleAsync(CargoAiCallbackDelivery delivery, CancellationToken cancellationToken = default) => flaky.RunAsync(delivery.DeliveryKey, cancellationToken);
    }
}
