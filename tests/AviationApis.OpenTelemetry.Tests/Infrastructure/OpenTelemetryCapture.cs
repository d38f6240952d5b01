using System.Diagnostics;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace AviationApis.OpenTelemetry.Tests.Infrastructure;

/// <summary>A tracer and a meter provider of the OpenTelemetry SDK exporting to memory.</summary>
internal sealed class OpenTelemetryCapture : IDisposable
{
    private readonly List<Activity> _spans = [];
    private readonly List<MetricSnapshot> _metrics = [];
    private readonly TracerProvider _tracer;
    private readonly MeterProvider _meter;

    public OpenTelemetryCapture()
    {
        _tracer = Sdk.CreateTracerProviderBuilder().AddAviationApisInstrumentation().AddInMemoryExporter(_spans).Build()!;
        _meter = Sdk.CreateMeterProviderBuilder().AddAviationApisInstrumentation().AddInMemoryExporter(_metrics).Build()!;
    }

    public IReadOnlyList<Activity> Spans(string client)
    {
        lock (_spans)
        {
            return [.. _spans.Where(s => (string?)s.GetTagItem("aviationapis.client") == client)];
        }
    }

    public void Flush()
    {
        _metrics.Clear();
        Assert.True(_meter.ForceFlush());
    }

    // One snapshot per meter: every container (IMeterFactory) that a parallel test builds has its own meter of the same
    // name, and the provider exports each of them.
    public IReadOnlyList<MetricSnapshot> Metrics(string name) => [.. _metrics.Where(m => m.Name == name)];

    public IReadOnlyList<MetricPoint> Points(string metric, string client) =>
        [.. _metrics.Where(m => m.Name == metric).SelectMany(m => m.MetricPoints).Where(p => HasClient(p, client))];

    public long LongSum(string metric, string client) =>
        LongSumOrNull(metric, client) ?? throw new Xunit.Sdk.XunitException($"No {metric} point for {client}.");

    public long? LongSumOrNull(string metric, string client)
    {
        var points = Points(metric, client);
        return points.Count == 0 ? null : points.Sum(p => p.GetSumLong());
    }

    public void Dispose()
    {
        _tracer.Dispose();
        _meter.Dispose();
    }

    private static bool HasClient(MetricPoint point, string client)
    {
        foreach (var tag in point.Tags)
        {
            if (tag.Key == "aviationapis.client" && (string?)tag.Value == client)
            {
                return true;
            }
        }

        return false;
    }
}
