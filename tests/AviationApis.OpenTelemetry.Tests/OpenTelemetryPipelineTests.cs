using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net;
using AviationApis.Core.Http;
using AviationApis.Core.Pipeline;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Time.Testing;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using RichardSzalay.MockHttp;

namespace AviationApis.OpenTelemetry.Tests;

/// <summary>
/// The pipeline's telemetry seen through the real OpenTelemetry SDK and its in-memory exporter, wired with
/// <c>AddAviationApisInstrumentation()</c>. The SDK listens process-wide, so every test uses its own client name and
/// reads only the spans and metric points tagged with it. Durations come from the pipeline's (fake) clock.
/// </summary>
public sealed class OpenTelemetryPipelineTests
{
    private static readonly Uri Base = new("http://127.0.0.1:5000/api/");
    private static readonly ApiOperation Read = new("Test.Read", Idempotency.Idempotent);

    [Fact]
    public async Task A_retried_call_is_one_span_with_its_attempt_count_and_the_attempts_and_retries_are_counted()
    {
        var name = UniqueName();
        using var otel = new OpenTelemetryCapture();
        using var client = new Client(name, o => o.MaxRetryAttempts = 2);
        var calls = 0;
        client.Mock.When("*").Respond(_ => new HttpResponseMessage(Interlocked.Increment(ref calls) == 1 ? HttpStatusCode.ServiceUnavailable : HttpStatusCode.OK));

        using var response = await client.SendAsync("items");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var span = Assert.Single(otel.Spans(name));
        Assert.Equal(Read.Name, span.DisplayName);
        Assert.Equal(ActivityKind.Client, span.Kind);
        Assert.Equal(AviationTelemetry.SourceName, span.Source.Name);
        Assert.Equal(2, span.GetTagItem("aviationapis.attempts"));
        Assert.Equal(200, span.GetTagItem("http.response.status_code"));
        Assert.Equal("GET", span.GetTagItem("http.request.method"));
        Assert.NotEqual(ActivityStatusCode.Error, span.Status);

        otel.Flush();
        Assert.Equal(2, otel.LongSum("aviationapis.client.attempts", name));
        Assert.Equal(1, otel.LongSum("aviationapis.client.retries", name));
    }

    [Fact]
    public async Task A_failed_call_is_an_error_span_and_a_call_without_retries_counts_none()
    {
        var name = UniqueName();
        using var otel = new OpenTelemetryCapture();
        using var client = new Client(name, o => o.MaxRetryAttempts = 0);
        client.Mock.When("*").Respond(HttpStatusCode.NotFound);

        using var response = await client.SendAsync("missing");

        var span = Assert.Single(otel.Spans(name));
        Assert.Equal(ActivityStatusCode.Error, span.Status);
        Assert.Equal(404, span.GetTagItem("http.response.status_code"));
        Assert.Equal(1, span.GetTagItem("aviationapis.attempts"));
        otel.Flush();
        Assert.Equal(1, otel.LongSum("aviationapis.client.attempts", name));
        Assert.Null(otel.LongSumOrNull("aviationapis.client.retries", name));
    }

    [Fact]
    public async Task The_rate_limit_remaining_is_the_latest_reported_value()
    {
        var name = UniqueName();
        using var otel = new OpenTelemetryCapture();
        using var client = new Client(name);
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
        var name = UniqueName();
        using var otel = new OpenTelemetryCapture();
        using var client = new Client(name);
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
        Assert.Equal("s", otel.Metric("aviationapis.client.duration").Unit);
    }

    [Fact]
    public async Task The_meter_is_created_through_the_containers_meter_factory()
    {
        using var client = new Client(UniqueName(), o => o.MaxRetryAttempts = 1);
        using var other = new Client(UniqueName());
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

    private static string UniqueName() => "Otel-" + Guid.NewGuid().ToString("N");

    /// <summary>A named client with the full pipeline over MockHttp, on a fake clock that never moves by itself.</summary>
    private sealed class Client : IDisposable
    {
        private readonly ServiceProvider _services;
        private readonly string _name;

        public Client(string name, Action<AviationPipelineOptions>? configure = null)
        {
            _name = name;
            var options = new AviationPipelineOptions
            {
                UseJitter = false,
                RetryBaseDelay = TimeSpan.Zero,
                AttemptTimeout = Timeout.InfiniteTimeSpan,
                TotalTimeout = Timeout.InfiniteTimeSpan,
                CircuitBreakerEnabled = false,
            };
            configure?.Invoke(options);
            var services = new ServiceCollection();
            services.AddSingleton<TimeProvider>(Time);
            services.AddMetrics();
            services.AddHttpClient(name)
                .AddAviationPipeline(_ => new AviationPipelineSettings { ClientName = name, AllowedBaseAddresses = [Base], Options = options })
                .ConfigurePrimaryHttpMessageHandler(() => Mock);
            _services = services.BuildServiceProvider();
        }

        public FakeTimeProvider Time { get; } = new();

        public MockHttpMessageHandler Mock { get; } = new();

        public IServiceProvider Services => _services;

        public Task<HttpResponseMessage> SendAsync(string path)
        {
            var request = new HttpRequestMessage(HttpMethod.Get, ApiUri.Combine(Base, path)).SetOperation(Read);
            return _services.GetRequiredService<IHttpClientFactory>().CreateClient(_name).SendAsync(request);
        }

        public void Dispose() => _services.Dispose();
    }

    /// <summary>A tracer and a meter provider of the OpenTelemetry SDK exporting to memory.</summary>
    private sealed class OpenTelemetryCapture : IDisposable
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

        public MetricSnapshot Metric(string name) => _metrics.Single(m => m.Name == name);

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
}
