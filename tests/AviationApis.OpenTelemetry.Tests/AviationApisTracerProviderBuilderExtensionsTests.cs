using System.Diagnostics;
using System.Net;
using AviationApis.Core.Pipeline;
using AviationApis.OpenTelemetry.Tests.Infrastructure;
using RichardSzalay.MockHttp;

namespace AviationApis.OpenTelemetry.Tests;

/// <summary>
/// The pipeline's spans (and the counts of the same calls) seen through the real OpenTelemetry SDK and its in-memory exporter, wired with
/// <c>AddAviationApisInstrumentation()</c>. The SDK listens process-wide, so every test uses its own client name and
/// reads only the spans and metric points tagged with it.
/// </summary>
public sealed class AviationApisTracerProviderBuilderExtensionsTests
{
    [Fact]
    public async Task A_retried_call_is_one_span_with_its_attempt_count_and_the_attempts_and_retries_are_counted()
    {
        var name = PipelineClient.UniqueName();
        using var otel = new OpenTelemetryCapture();
        using var client = new PipelineClient(name, o => o.MaxRetryAttempts = 2);
        var calls = 0;
        client.Mock.When("*").Respond(_ => new HttpResponseMessage(Interlocked.Increment(ref calls) == 1 ? HttpStatusCode.ServiceUnavailable : HttpStatusCode.OK));

        using var response = await client.SendAsync("items");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var span = Assert.Single(otel.Spans(name));
        Assert.Equal(PipelineClient.Read.Name, span.DisplayName);
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
        var name = PipelineClient.UniqueName();
        using var otel = new OpenTelemetryCapture();
        using var client = new PipelineClient(name, o => o.MaxRetryAttempts = 0);
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
}
