using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net;
using AviationApis.Core.Http;
using AviationApis.Core.Pipeline;
using AviationApis.Core.Signing;
using AviationApis.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using OpenTelemetry;
using OpenTelemetry.Trace;
using RichardSzalay.MockHttp;

namespace AviationApis.Core.Tests.Pipeline;

public sealed class TelemetryAndLoggingTests
{
    private static readonly ApiOperation Read = new("Test.Read", Idempotency.Idempotent);

    [Fact]
    public async Task Trace_logs_show_allow_listed_headers_and_redact_everything_else_including_query_values()
    {
        using var harness = new PipelineHarness(signer: new ApiKeyHeaderSigner("x-api-key", "cargo-key-SECRET-1"));
        harness.Options.LoggedQueryParameters.Add("page");
        harness.Mock.When("*").Respond(_ => new HttpResponseMessage(HttpStatusCode.OK)
        {
            Headers = { { "X-Rate-Limit-Remaining", "41" }, { "Set-Cookie", "session=cookie-SECRET-2" } },
            Content = new StringContent("{\"password\":\"body-SECRET-3\"}"),
        });
        var request = PipelineHarness.Request(HttpMethod.Get, "users", Read);
        request.RequestUri = new Uri(request.RequestUri + "?email=someone%40example.com&page=2&token=query-SECRET-4");
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer bearer-SECRET-5");

        using var response = await harness.SendAsync(request);

        var logs = string.Join("\n", harness.Logs.AllText());
        Assert.Empty(SecretScan.Find(harness.Logs.AllText(), ["cargo-key-SECRET-1", "cookie-SECRET-2", "body-SECRET-3", "query-SECRET-4", "bearer-SECRET-5", "someone%40example.com"]));
        Assert.Contains("X-Rate-Limit-Remaining: 41", logs, StringComparison.Ordinal);
        Assert.Contains("Authorization: [REDACTED]", logs, StringComparison.Ordinal);
        Assert.DoesNotContain("x-api-key", logs, StringComparison.Ordinal); // signed per attempt, below the logging stage
        Assert.Contains("page=2", logs, StringComparison.Ordinal);
        Assert.Contains("email=[REDACTED]", logs, StringComparison.Ordinal);
        Assert.Contains("Test.Read: GET http://127.0.0.1:5000/some/prefix/users", logs, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_retry_is_logged_with_its_reason_and_the_failure_with_its_type()
    {
        using var harness = new PipelineHarness(o => o.MaxRetryAttempts = 1);
        harness.Mock.When("*").Respond(HttpStatusCode.ServiceUnavailable);

        using var response = await harness.SendAsync(PipelineHarness.Request(HttpMethod.Get, "x", Read));

        var logs = string.Join("\n", harness.Logs.AllText());
        Assert.Contains("attempt 1 failed (HTTP 503); retrying", logs, StringComparison.Ordinal);
        Assert.Contains("answered 503", logs, StringComparison.Ordinal);
        Assert.Contains("after 2 attempt(s)", logs, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_activity_and_metrics_are_reported_under_the_AviationApis_name()
    {
        var activities = new List<Activity>();
        using var tracing = Sdk.CreateTracerProviderBuilder()
            .AddSource(AviationTelemetry.SourceName)
            .SetSampler(new AlwaysOnSampler())
            .AddInMemoryExporter(activities)
            .Build();
        using var harness = new PipelineHarness(o => o.MaxRetryAttempts = 1, name: "Telemetry-" + Guid.NewGuid());
        var meters = harness.Services.GetService<IMeterFactory>();
        using var attempts = new MetricCollector<long>(meters, AviationTelemetry.MeterName, "aviationapis.client.attempts");
        using var retries = new MetricCollector<long>(meters, AviationTelemetry.MeterName, "aviationapis.client.retries");
        using var duration = new MetricCollector<double>(meters, AviationTelemetry.MeterName, "aviationapis.client.duration");
        using var remaining = new MetricCollector<long>(meters, AviationTelemetry.MeterName, "aviationapis.client.rate_limit.remaining");
        var calls = 0;
        harness.Mock.When("*").Respond(_ => ++calls == 1
            ? new HttpResponseMessage(HttpStatusCode.BadGateway)
            : new HttpResponseMessage(HttpStatusCode.OK) { Headers = { { "X-Rate-Limit-Remaining", "7" } } });

        using var response = await harness.SendAsync(PipelineHarness.Request(HttpMethod.Get, "x", Read));

        tracing.ForceFlush();
        var activity = Assert.Single(activities, a => a.OperationName == "Test.Read" && (string?)a.GetTagItem("aviationapis.client") == harness.Name);
        Assert.Equal(200, activity.GetTagItem("http.response.status_code"));
        Assert.Equal(2, activity.GetTagItem("aviationapis.attempts"));
        bool Mine<T>(CollectedMeasurement<T> m)
            where T : struct => m.Tags.TryGetValue("aviationapis.client", out var client) && (string?)client == harness.Name;
        Assert.Equal(2, attempts.GetMeasurementSnapshot().Count(Mine));
        Assert.Equal(1, retries.GetMeasurementSnapshot().Count(Mine));
        Assert.Single(duration.GetMeasurementSnapshot(), Mine);
        Assert.Contains(remaining.GetMeasurementSnapshot(), m => Mine(m) && m.Value == 7);
    }
}
