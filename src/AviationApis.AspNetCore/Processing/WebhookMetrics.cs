using System.Diagnostics.Metrics;
using AviationApis.AspNetCore.Inbox;
using AviationApis.Core.Pipeline;

namespace AviationApis.AspNetCore.Processing;

/// <summary>
/// The inbox's instruments on the <c>AviationApis</c> meter: gauges of pending and dead deliveries and of the age of
/// the oldest pending one (from the processor's latest snapshot), and counters of retries and handled deliveries.
/// </summary>
internal sealed class WebhookMetrics
{
    private readonly TimeProvider _time;
    private volatile InboxStatistics _latest = new(0, 0, null);

    public WebhookMetrics(IMeterFactory meters, TimeProvider time)
    {
        _time = time;
        var meter = meters.Create(AviationTelemetry.MeterName);
        meter.CreateObservableGauge("aviationapis.webhooks.pending", () => _latest.Pending, unit: "{delivery}", description: "Stored deliveries not yet handled.");
        meter.CreateObservableGauge("aviationapis.webhooks.dead", () => _latest.Dead, unit: "{delivery}", description: "Deliveries parked dead, waiting for a replay.");
        meter.CreateObservableGauge("aviationapis.webhooks.oldest_pending.age", OldestPendingAge, unit: "s", description: "Age of the oldest pending delivery.");
        Retries = meter.CreateCounter<long>("aviationapis.webhooks.retries", unit: "{retry}", description: "Handler retries scheduled after a failure.");
        Handled = meter.CreateCounter<long>("aviationapis.webhooks.handled", unit: "{delivery}", description: "Deliveries handled successfully.");
    }

    public Counter<long> Retries { get; }

    public Counter<long> Handled { get; }

    public void Update(InboxStatistics statistics) => _latest = statistics;

    private double OldestPendingAge() =>
        _latest.OldestPendingReceivedAt is { } oldest ? Math.Max(0, (_time.GetUtcNow() - oldest).TotalSeconds) : 0;
}
