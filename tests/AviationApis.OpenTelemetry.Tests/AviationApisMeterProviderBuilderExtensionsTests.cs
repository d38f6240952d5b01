using System.Diagnostics.Metrics;
using System.Net;
using AviationApis.Core.Pipeline;
using AviationApis.OpenTelemetry.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using OpenTelemetry.Metrics;
using RichardSzalay.MockHttp;

namespace AviationApis.OpenTelemetry.Tests;

/// <summary>
/// The pipeline's metrics seen through the real OpenTelemetry SDK and its in-memory exporter, wired with
/// <c>AddAviationApisInstrumentation()</c>. The SDK listens process-wide, so every test uses its own client name and
/// reads only the metric points tagged with it. Durations come from the pipeline's (fake) clock.
/// </summary>
public sealed class AviationApisMeterProviderBuilderExtensionsTests
{
    [Fact]
    public async Task The_rate_limit_remaining_is_the_latest_reported_value()
    {
        var name = PipelineClient.UniqueName();
        using var otel = new OpenTelemetryCapture();
        using var client = new PipelineClient(name);
        var remaining = 42;
        client.Mock.When("*").Respond(_ => new HttpResponseMessage(HttpStatusCode.OK)
        {
            Headers = { { "X-Rate-Limit-Limit", "100" }, { "X-Rate-Limit-Remaining", Interlocked.Decrement(ref remaining).ToString(System.Globalization.CultureInfo.InvariantCulture) } },
        });

        (await client.SendAsync("a")).Dispose();
        (await client.SendAsync("b")).Dispose();

        otel.Flush();
        var point = Assert.Single(otel.Points("aviationapis.client.rate_limit.remaining", name));
        Assert.Equal(40, point.GetGaugeLastValueLong());
    }

    [Fact]
    public async Task Duration_buckets_are_in_seconds_and_separate_50_ms_from_2_s()
    {
        var name = PipelineClient.UniqueName();
        using var otel = new OpenTelemetryCapture();
        using var client = new PipelineClient(name);
        var took = TimeSpan.FromMilliseconds(50);
        client.Mock.When("*").Respond(_ =>
        {
            client.Time.Advance(took);
            return new HttpResponseMessage(HttpStatusCode.OK);
        });

        (await client.SendAsync("fast")).Dispose();
        took = TimeSpan.FromSeconds(2);
        (await client.SendAsync("slow")).Dispose();

        otel.Flush();
        var point = Assert.Single(otel.Points("aviationapis.client.duration", name));
        Assert.Equal(2, point.GetHistogramCount());
        Assert.Equal(2.05, point.GetHistogramSum(), 9);
        var filled = new List<double>();
        foreach (var bucket in point.GetHistogramBuckets())
        {
            for (var i = 0; i < bucket.BucketCount; i++)
            {
                filled.Add(bucket.ExplicitBound);
            }
        }

        // One call in each of two buckets: (0.025, 0.05] and (1, 2.5], not both in OpenTelemetry's default first bucket.
        Assert.Equal([0.05, 2.5], filled);
        var durations = otel.Metrics("aviationapis.client.duration");
        Assert.NotEmpty(durations);
        Assert.All(durations, m => Assert.Equal("s", m.Unit));
    }

    [Fact]
    public async Task The_meter_is_created_through_the_containers_meter_factory()
    {
        using var client = new PipelineClient(PipelineClient.UniqueName(), o => o.MaxRetryAttempts = 1);
        using var other = new PipelineClient(PipelineClient.UniqueName());
        var factory = client.Services.GetRequiredService<IMeterFactory>();
        using var attempts = new MetricCollector<long>(factory, AviationTelemetry.MeterName, "aviationapis.client.attempts");
        using var retries = new MetricCollector<long>(factory, AviationTelemetry.MeterName, "aviationapis.client.retries");
        using var duration = new MetricCollector<double>(factory, AviationTelemetry.MeterName, "aviationapis.client.duration");
        using var otherAttempts = new MetricCollector<long>(other.Services.GetRequiredService<IMeterFactory>(), AviationTelemetry.MeterName, "aviationapis.client.attempts");
        client.Mock.When("*").Respond(HttpStatusCode.ServiceUnavailable);

        (await client.SendAsync("x")).Dispose();

        Assert.Equal([1L, 1L], attempts.GetMeasurementSnapshot().Select(m => m.Value));
        Assert.Equal(1L, Assert.Single(retries.GetMeasurementSnapshot()).Value);
        var measured = Assert.Single(duration.GetMeasurementSnapshot());
        Assert.Equal(503, measured.Tags["http.response.status_code"]);
        Assert.Same(factory, attempts.Instrument!.Meter.Scope);
        Assert.Empty(otherAttempts.GetMeasurementSnapshot()); // another container's meter saw nothing
    }

    [Fact]
    public void The_published_names_are_the_ones_the_pipeline_and_the_extensions_use()
    {
        Assert.Equal("AviationApis", AviationTelemetry.SourceName);
        Assert.Equal("AviationApis", AviationTelemetry.MeterName);
        Assert.Equal(AviationTelemetry.Name, AviationTelemetry.MeterName);
    }
}
