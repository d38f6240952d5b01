using AviationApis.Core.Pipeline;

namespace OpenTelemetry.Trace;

/// <summary>Subscribes a tracer provider to the AviationApis activity source (<see cref="AviationTelemetry.SourceName"/>).</summary>
public static class AviationApisTracerProviderBuilderExtensions
{
    /// <summary>
    /// Adds the AviationApis activity source: one client span per logical call (retries and waits included), tagged
    /// with the client, the operation, the method, the redacted URL, the status code or error type, and the number
    /// of attempts.
    /// </summary>
    /// <param name="builder">The tracer provider builder.</param>
    /// <returns>The builder, for chaining.</returns>
    public static TracerProviderBuilder AddAviationApisInstrumentation(this TracerProviderBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddSource(AviationTelemetry.SourceName);
    }
}
