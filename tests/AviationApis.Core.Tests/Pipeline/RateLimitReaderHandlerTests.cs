using System.Diagnostics.Metrics;
using System.Net;
using AviationApis.Core.Errors;
using AviationApis.Core.Http;
using AviationApis.Core.Pipeline;
using AviationApis.Core.RateLimits;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using RichardSzalay.MockHttp;

namespace AviationApis.Core.Tests.Pipeline;

/// <summary>The innermost stage: rate-limit headers into the request, the monitor and the gauge; the server's request id into the request.</summary>
public sealed class RateLimitReaderHandlerTests
{
    private static readonly ApiOperation Read = new("Test.Read", Idempotency.Idempotent);

    [Theory]
    [InlineData("X-Request-Id")]
    [InlineData("Request-Id")]
    [InlineData("X-Correlation-Id")]
    [InlineData("X-Amzn-RequestId")]
    public async Task The_servers_request_id_is_kept_for_error_reports(string header)
    {
        var request = await SendAsync(response => response.Headers.TryAddWithoutValidation(header, "req-7"));

        Assert.Equal("req-7", ApiExceptionFactory.Details(request, null).RequestId);
    }

    [Fact]
    public async Task The_first_request_id_header_in_order_and_its_first_value_win()
    {
        var request = await SendAsync(response =>
        {
            response.Headers.TryAddWithoutValidation("X-Amzn-RequestId", "amzn");
            response.Headers.TryAddWithoutValidation("Request-Id", ["first", "second"]);
            response.Headers.TryAddWithoutValidation("X-Correlation-Id", "correlation");
        });

        Assert.Equal("first", ApiExceptionFactory.Details(request, null).RequestId);
    }

    [Fact]
    public async Task Without_a_request_id_header_there_is_none()
    {
        var request = await SendAsync(response => response.Headers.TryAddWithoutValidation("X-Other-Id", "other"));

        Assert.Null(ApiExceptionFactory.Details(request, null).RequestId);
    }

    [Fact]
    public async Task Rate_limit_headers_without_a_remaining_count_are_kept_but_not_measured()
    {
        using var harness = new PipelineHarness();
        using var remaining = new MetricCollector<long>(harness.Services.GetRequiredService<IMeterFactory>(), AviationTelemetry.MeterName, "aviationapis.client.rate_limit.remaining");
        harness.Mock.When("*").Respond(_ => new HttpResponseMessage(HttpStatusCode.OK) { Headers = { { "X-Rate-Limit-Limit", "100" } } });

        using var response = await harness.SendAsync(PipelineHarness.Request(HttpMethod.Get, "x", Read));

        Assert.Equal(100, response.RequestMessage!.GetRateLimit()!.Limit);
        Assert.Same(response.RequestMessage!.GetRateLimit(), harness.Services.GetRequiredService<RateLimitMonitor>().GetLatest(harness.Name));
        Assert.Empty(remaining.GetMeasurementSnapshot());
    }

    [Fact]
    public async Task The_remaining_count_is_measured_under_the_client()
    {
        using var harness = new PipelineHarness();
        using var remaining = new MetricCollector<long>(harness.Services.GetRequiredService<IMeterFactory>(), AviationTelemetry.MeterName, "aviationapis.client.rate_limit.remaining");
        harness.Mock.When("*").Respond(_ => new HttpResponseMessage(HttpStatusCode.OK) { Headers = { { "X-Rate-Limit-Remaining", "0" } } });

        using var response = await harness.SendAsync(PipelineHarness.Request(HttpMethod.Get, "x", Read));

        var measurement = Assert.Single(remaining.GetMeasurementSnapshot());
        Assert.Equal(0, measurement.Value);
        Assert.Equal(PipelineHarness.DefaultName, Assert.Single(measurement.Tags).Value);
        Assert.Equal("aviationapis.client", Assert.Single(measurement.Tags).Key);
    }

    private static async Task<HttpRequestMessage> SendAsync(Action<HttpResponseMessage> headers)
    {
        using var harness = new PipelineHarness();
        harness.Mock.When("*").Respond(_ =>
        {
            var response = new HttpResponseMessage(HttpStatusCode.OK);
            headers(response);
            return response;
        });

        using var response = await harness.SendAsync(PipelineHarness.Request(HttpMethod.Get, "x", Read));
        return response.RequestMessage!;
    }
}
