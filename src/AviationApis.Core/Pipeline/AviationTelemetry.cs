using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace AviationApis.Core.Pipeline;

/// <summary>The <see cref="ActivitySource"/> and <see cref="Meter"/> named <c>AviationApis</c> that every client reports to.</summary>
public static class AviationTelemetry
{
    /// <summary>The name of the activity source and the meter: subscribe to it in OpenTelemetry.</summary>
    public const string Name = "AviationApis";

    private static readonly string? Version = typeof(AviationTelemetry).Assembly.GetName().Version?.ToString();

    internal static readonly ActivitySource ActivitySource = new(Name, Version);

    internal static readonly Meter Meter = new(Name, Version);

    /// <summary>Duration of logical calls, retries and waits included, in seconds.</summary>
    internal static readonly Histogram<double> Duration = Meter.CreateHistogram<double>(
        "aviationapis.client.duration", unit: "s", description: "Duration of logical API calls, retries and waits included.");

    /// <summary>Attempts sent to the transport.</summary>
    internal static readonly Counter<long> Attempts = Meter.CreateCounter<long>(
        "aviationapis.client.attempts", unit: "{attempt}", description: "Attempts sent to the transport.");

    /// <summary>Retries scheduled by the retry stage.</summary>
    internal static readonly Counter<long> Retries = Meter.CreateCounter<long>(
        "aviationapis.client.retries", unit: "{retry}", description: "Retries scheduled after a failed attempt.");

    /// <summary>The rate-limit remaining reported by the latest response.</summary>
    internal static readonly Gauge<long> RateLimitRemaining = Meter.CreateGauge<long>(
        "aviationapis.client.rate_limit.remaining", unit: "{call}", description: "Calls remaining in the current rate-limit window.");
}
