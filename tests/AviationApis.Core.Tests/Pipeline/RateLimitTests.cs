using System.Net;
using AviationApis.Core.Errors;
using AviationApis.Core.Http;
using AviationApis.Core.RateLimits;
using Microsoft.Extensions.DependencyInjection;
using RichardSzalay.MockHttp;

namespace AviationApis.Core.Tests.Pipeline;

public sealed class RateLimitTests
{
    private static readonly ApiOperation Read = new("Test.Read", Idempotency.Idempotent);

    [Fact]
    public async Task Rate_limit_headers_are_read_on_every_response_and_kept_per_client()
    {
        using var harness = new PipelineHarness();
        harness.Mock.When("*").Respond(_ => new HttpResponseMessage(HttpStatusCode.OK)
        {
            Headers = { { "X-Rate-Limit-Limit", "1000" }, { "X-Rate-Limit-Remaining", "998" }, { "X-Rate-Limit-Reset", "1800" } },
        });

        using var response = await harness.SendAsync(PipelineHarness.Request(HttpMethod.Get, "x", Read));

        var info = harness.Services.GetRequiredService<RateLimitMonitor>().GetLatest(harness.Name);
        Assert.NotNull(info);
        Assert.Equal(1000, info.Limit);
        Assert.Equal(998, info.Remaining);
        Assert.Equal(TimeSpan.FromMinutes(30), info.ResetAfter);
        Assert.Equal(harness.Time.GetUtcNow() + TimeSpan.FromMinutes(30), info.ResetAt);
        Assert.False(info.IsExhausted);
        Assert.Same(info, response.RequestMessage!.GetRateLimit());
    }

    [Fact]
    public async Task A_response_without_rate_limit_headers_leaves_the_request_without_one()
    {
        using var harness = new PipelineHarness();
        harness.Mock.When("*").Respond(HttpStatusCode.OK);

        using var response = await harness.SendAsync(PipelineHarness.Request(HttpMethod.Get, "x", Read));

        Assert.Null(response.RequestMessage!.GetRateLimit());
        Assert.Null(new HttpRequestMessage().GetRateLimit());
    }

    [Fact]
    public async Task A_wait_longer_than_the_remaining_budget_is_not_taken_and_becomes_a_rate_limit_exception()
    {
        using var harness = new PipelineHarness(o => o.TotalTimeout = TimeSpan.FromSeconds(60));
        var calls = 0;
        harness.Mock.When("*").Respond(_ =>
        {
            calls++;
            return new HttpResponseMessage(HttpStatusCode.Forbidden)
            {
                Headers = { { "X-Rate-Limit-Limit", "100" }, { "X-Rate-Limit-Remaining", "0" }, { "X-Rate-Limit-Reset", "1200" } },
            };
        });

        using var response = await harness.SendAsync(PipelineHarness.Request(HttpMethod.Get, "x", Read));
        var ex = ApiExceptionFactory.FromResponse(response, null, "{\"meta\":{}}");

        Assert.Equal(1, calls);
        Assert.Equal(TimeSpan.Zero, harness.Time.Elapsed);
        var rateLimit = Assert.IsType<RateLimitExceededException>(ex);
        Assert.Equal(TimeSpan.FromMinutes(20), rateLimit.RetryAfter);
        Assert.Equal(harness.Time.GetUtcNow() + TimeSpan.FromMinutes(20), rateLimit.ResetAt);
        Assert.Equal(0, rateLimit.RateLimit!.Remaining);
    }

    [Fact]
    public async Task Retry_after_as_an_http_date_is_honoured()
    {
        using var harness = new PipelineHarness();
        var calls = 0;
        var retryAt = harness.Time.GetUtcNow().AddSeconds(9);
        harness.Mock.When("*").Respond(_ => ++calls == 1
            ? new HttpResponseMessage(HttpStatusCode.TooManyRequests) { Headers = { RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(retryAt) } }
            : new HttpResponseMessage(HttpStatusCode.OK));

        using var response = await harness.SendAsync(PipelineHarness.Request(HttpMethod.Get, "x", Read));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(9), harness.Time.Elapsed);
    }

    [Theory]
    [InlineData("120", 120)]
    [InlineData(" 5 ", 5)]
    public void Reset_is_read_as_seconds_until_reset(string header, int seconds)
    {
        using var response = new HttpResponseMessage(HttpStatusCode.OK) { Headers = { { "X-Rate-Limit-Reset", header } } };
        var now = DateTimeOffset.UnixEpoch.AddYears(56);

        var info = RateLimitHeaders.Read(response, now);

        Assert.Equal(TimeSpan.FromSeconds(seconds), info!.ResetAfter);
    }

    [Fact]
    public void Reset_given_as_unix_epoch_seconds_is_converted_to_a_delay()
    {
        var now = new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);
        using var response = new HttpResponseMessage(HttpStatusCode.OK) { Headers = { { "X-Rate-Limit-Reset", now.AddMinutes(7).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture) } } };

        var info = RateLimitHeaders.Read(response, now);

        Assert.Equal(TimeSpan.FromMinutes(7), info!.ResetAfter);
    }

    [Fact]
    public void Garbage_headers_are_ignored()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.OK) { Headers = { { "X-Rate-Limit-Remaining", "lots" } } };

        Assert.Null(RateLimitHeaders.Read(response, DateTimeOffset.UnixEpoch));
    }
}
