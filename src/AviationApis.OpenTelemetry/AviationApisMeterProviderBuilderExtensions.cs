using AviationApis.Core.Pipeline;

namespace OpenTelemetry.Metrics;

/// <summary>Subscribes a meter provider to the AviationApis meter (<see cref="AviationTelemetry.MeterName"/>).</summary>
public static class AviationApisMeterProviderBuilderExtensions
{
    /// <summary>
    /// Adds the AviationApis meter: <c>aviationapis.client.duration</c> (seconds, with bucket advice from 5 ms to
    /// 120 s), <c>aviationapis.client.attempts</c>, <c>aviationapis.client.retries</c>,
    /// <c>aviationapis.client.rate_limit.remaining</c> and the <c>aviationapis.webhooks.*</c> instruments of the
    /// webhook inbox.
    /// </summary>
    /// <param name="builder">The meter provider builder.</param>
    /// <returns>The builder, for chaining.</returns>
    public static MeterProviderBuilder AddAviationApisInstrumentation(this MeterProviderBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddMeter(AviationTelemetry.MeterName);
    }
}
