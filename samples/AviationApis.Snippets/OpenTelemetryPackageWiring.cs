using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Snippets;

/// <summary>src/AviationApis.OpenTelemetry/README.md: Wiring.</summary>
public static class OpenTelemetryPackageWiring
{
    public static (TracerProvider? Tracing, MeterProvider? Metrics) Run()
    {
        #region Snippet:OpenTelemetryPackageWiring
        var tracing = Sdk.CreateTracerProviderBuilder()
            .AddAviationApisInstrumentation()   // the AviationApis activity source
            .Build();                           // add your exporter before Build()
        var metrics = Sdk.CreateMeterProviderBuilder()
            .AddAviationApisInstrumentation()   // the AviationApis meter
            .Build();
        #endregion
        return (tracing, metrics);
    }
}
