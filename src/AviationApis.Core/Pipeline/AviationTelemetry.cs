using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace AviationApis.Core.Pipeline;

/// <summary>
/// The names under which every client reports: an <see cref="ActivitySource"/> named <see cref="SourceName"/> and a
/// <see cref="Meter"/> named <see cref="MeterName"/>. The meter is created through the container's
/// <see cref="IMeterFactory"/> when one is registered (so <c>MetricCollector</c> and per-container scoping work), and
/// is a process-wide meter otherwise. In OpenTelemetry, subscribe with <c>AddSource(AviationTelemetry.SourceName)</c>
/// and <c>AddMeter(AviationTelemetry.MeterName)</c>, or with <c>AddAviationApisInstrumentation()</c> from the
/// <c>AviationApis.OpenTelemetry</c> package.
/// </summary>
public static class AviationTelemetry
{
    /// <summary>The name of the activity source and the meter: <c>AviationApis</c>.</summary>
    public const string Name = "AviationApis";

    /// <summary>The name of the <see cref="ActivitySource"/> that reports one client span per logical call.</summary>
    public const string SourceName = Name;

    /// <summary>The name of the <see cref="Meter"/> of the client instruments and the webhook instruments.</summary>
    public const string MeterName = Name;

    /// <summary>
    /// Bucket boundaries advised for the duration histogram, in seconds: fine below a second, where most calls land,
    /// and up to the two-minute range of a total budget with retries and waits.
    /// </summary>
    internal static readonly double[] DurationBuckets = [0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10, 30, 60, 120];

    internal static readonly string? Version = typeof(AviationTelemetry).Assembly.GetName().Version?.ToString();

    internal static readonly ActivitySource ActivitySource = new(SourceName, Version);

    // The process-wide meter, used when the container has no IMeterFactory. Created on first use only.
    private static readonly Lazy<AviationInstruments> Shared = new(() => new AviationInstruments(new Meter(MeterName, Version)));

    /// <summary>The instruments on the container's meter (through <see cref="IMeterFactory"/>) or on the process-wide one.</summary>
    internal static AviationInstruments CreateInstruments(IMeterFactory? meters) =>
        meters is null ? Shared.Value : new AviationInstruments(meters.Create(new MeterOptions(MeterName) { Version = Version }));
}

/// <summary>The client instruments on one <see cref="Meter"/>; one instance per container, resolved once per handler chain.</summary>
internal sealed class AviationInstruments
{
    public AviationInstruments(Meter meter)
    {
        Duration = meter.CreateHistogram(
            "aviationapis.client.duration",
            unit: "s",
            description: "Duration of logical API calls, retries and waits included.",
            tags: null,
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = AviationTelemetry.DurationBuckets });
        Attempts = meter.CreateCounter<long>("aviationapis.client.attempts", unit: "{attempt}", description: "Attempts sent to the transport.");
        Retries = meter.CreateCounter<long>("aviationapis.client.retries", unit: "{retry}", description: "Retries scheduled after a failed attempt.");
        RateLimitRemaining = meter.CreateGauge<long>("aviationapis.client.rate_limit.remaining", unit: "{call}", description: "Calls remaining in the current rate-limit window.");
    }

    /// <summary>Duration of logical calls, retries and waits included, in seconds.</summary>
    public Histogram<double> Duration { get; }

    /// <summary>Attempts sent to the transport.</summary>
    public Counter<long> Attempts { get; }

    /// <summary>Retries scheduled by the retry stage.</summary>
    public Counter<long> Retries { get; }

    /// <summary>The rate-limit remaining reported by the latest response.</summary>
    public Gauge<long> RateLimitRemaining { get; }
}
