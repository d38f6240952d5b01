using System.Collections.Concurrent;
using System.Net;
using AviationApis.AspNetCore.CargoAi;
using AviationApis.AspNetCore.Inbox;
using AviationApis.AspNetCore.Processing;
using AviationApis.AspNetCore.Tests.Inbox;
using AviationApis.AspNetCore.Tests.Infrastructure;
using AviationApis.Core.Pipeline;
using AviationApis.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace AviationApis.AspNetCore.Tests.Processing;

/// <summary>The processor over a durable inbox (SQLite and a real PostgreSQL): retries, the dead letter, replay and shutdown.</summary>
public sealed class WebhookProcessorTests
{
    private const string LeakedToken = "sk_live_0123456789abcdefXYZ";
    private static readonly byte[] SeedExample = ReceiverHost.Payload("cargoai-flywindow-callback.seed-example.json");

    private static async Task<(ReceiverHost Host, Flaky Flaky)> StartAsync(
        string kind, string? location, int maxRetries, TimeSpan? claimLease = null, Flaky? flaky = null, FakeLogCollector? logs = null, HookedInbox? inbox = null)
    {
        flaky ??= new Flaky();
        var host = await ReceiverHost.StartAsync(
            services =>
            {
                if (logs is not null)
                {
                    services.AddLogging(b => b.SetMinimumLevel(LogLevel.Debug).AddProvider(new FakeLoggerProvider(logs)));
                }

                services.AddSingleton(flaky);
                services.AddAviationWebhooks(o =>
                {
                    o.MaxRetries = maxRetries;
                    o.ClaimLease = claimLease ?? TimeSpan.FromMinutes(1);
                });
                services.AddCargoAiCallbackHandler<FlakyHandler>(o => o.AllowUnauthenticatedCallbacks = true);
                if (inbox is not null)
                {
                    services.Replace(ServiceDescriptor.Singleton<IWebhookInbox>(inbox));
                }
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
        // A short lease also makes the processor refresh its gauges often (every third of it), yet long
        // enough (renewed every second) that a busy machine does not let it lapse while the handler runs.
        var (host, flaky) = await StartAsync(kind, (await InboxKind.NewLocationAsync(kind))!, maxRetries: 2, claimLease: TimeSpan.FromSeconds(3));
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
        var logs = new FakeLogCollector();
        var (first, flaky) = await StartAsync(kind, location, maxRetries: 2, claimLease: TimeSpan.FromMinutes(10), logs: logs);
        flaky.Hold = true;
        await PostAsync(first);
        await flaky.Started.Task.WaitAsync(TimeSpan.FromSeconds(20));

        await first.DisposeAsync(); // the held handler sees the stopping token: its delivery is released, not lost

        flaky.Hold = false;
        var (second, _) = await StartAsync(kind, location, maxRetries: 2, claimLease: TimeSpan.FromMinutes(10), flaky: flaky, logs: logs);
        await using var __ = second;
        var statistics = await second.WaitUntilIdleAsync();

        Assert.True((statistics.Pending, statistics.Dead) == (0, 0), $"pending {statistics.Pending}, dead {statistics.Dead}; the processors logged:\n{ProcessorLog(logs)}");
        Assert.Single(flaky.Handled);
    }

    /// <summary>
    /// The failed run's retry is recorded and falls due while that run is still finishing (here: its answer is held
    /// until the processor claimed the delivery again). The new claim is a new run and is handled at once: before the
    /// fix the processor skipped it as "already running here" and left it claimed until the lease ran out.
    /// </summary>
    [Theory]
    [MemberData(nameof(InboxKind.All), MemberType = typeof(InboxKind))]
    public async Task A_retry_claimed_while_the_failed_run_is_still_finishing_is_run_at_once_not_after_the_claim_lease(string kind)
    {
        var inbox = new HookedInbox(await InboxKind.CreateAsync(kind));
        var claimedAgain = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var retried = 0;
        inbox.AfterScheduleRetry = async _ =>
        {
            Interlocked.Increment(ref retried);
            await claimedAgain.Task.WaitAsync(SteppingTimeProvider.RealTimeGuard);
        };
        inbox.AfterClaim = (claimed, _) =>
        {
            if (Volatile.Read(ref retried) > 0 && claimed.Count > 0)
            {
                claimedAgain.TrySetResult();
            }
        };
        var logs = new FakeLogCollector();
        var (host, flaky) = await StartAsync(InboxKind.Memory, null, maxRetries: 3, claimLease: TimeSpan.FromMinutes(10), logs: logs, inbox: inbox); // the hooked store replaces it
        await using var _ = host;
        flaky.FailuresLeft = 1;

        await PostAsync(host);
        var statistics = await host.WaitUntilIdleAsync();

        Assert.True((statistics.Pending, statistics.Dead) == (0, 0), $"pending {statistics.Pending}, dead {statistics.Dead}; the processor logged:\n{ProcessorLog(logs)}");
        Assert.Equal(2, flaky.Runs);
        Assert.Single(flaky.Handled);
    }

    /// <summary>
    /// A claim is on its way when the host begins to stop, and the store commits it (a remote store may then still
    /// report the cancellation). The processor does not abandon it: it gives back what was claimed, so another instance
    /// takes the delivery at once instead of after the 10-minute lease, and no handler starts during the stop.
    /// </summary>
    [Theory]
    [MemberData(nameof(InboxKind.All), MemberType = typeof(InboxKind))]
    public async Task A_claim_committed_as_the_host_stops_is_released_at_once_and_not_run(string kind)
    {
        var inbox = new HookedInbox(await InboxKind.CreateAsync(kind));
        var claimHeld = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var openClaim = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var (host, flaky) = await StartAsync(InboxKind.Memory, null, maxRetries: 3, claimLease: TimeSpan.FromMinutes(10), inbox: inbox); // the hooked store replaces it
        await using var _ = host;
        inbox.BeforeClaim = async _ =>
        {
            inbox.BeforeClaim = null;
            claimHeld.TrySetResult();
            await openClaim.Task.WaitAsync(SteppingTimeProvider.RealTimeGuard);
        };
        inbox.AfterClaim = (_, token) => token.ThrowIfCancellationRequested();
        await claimHeld.Task.WaitAsync(SteppingTimeProvider.RealTimeGuard);
        await PostAsync(host);

        var processor = host.Services.GetServices<IHostedService>().OfType<WebhookProcessor>().Single();
        var stopping = processor.StopAsync(CancellationToken.None); // cancels the processor's token before it returns
        openClaim.SetResult();
        await stopping.WaitAsync(SteppingTimeProvider.RealTimeGuard);

        var now = DateTimeOffset.UtcNow;
        var takenOver = await inbox.Inner.ClaimAsync("another-instance", 10, now, now + TimeSpan.FromMinutes(1));
        Assert.Single(takenOver);
        Assert.Equal(0, flaky.Runs);
    }

    private static string ProcessorLog(FakeLogCollector logs) =>
        string.Join("\n", logs.GetSnapshot().Where(r => r.Category?.Contains("Webhook", StringComparison.Ordinal) == true).Select(r => $"{r.Timestamp:HH:mm:ss.fff} {r.Level} {r.Message} {r.Exception}"));

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
