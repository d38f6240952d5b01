using System.Net;
using AviationApis.Avinode.Resources;
using AviationApis.Avinode.Tests.Infrastructure;
using AviationApis.Core.Errors;
using AviationApis.Testing;

namespace AviationApis.Avinode.Tests.Transport;

public sealed class RateLimitTests
{
    private static HttpResponseMessage Limited(int resetSeconds) =>
        AvinodeHarness.Errors(HttpStatusCode.Forbidden, """[{"code": "RATE_LIMIT", "title": "Rate limit exceeded"}]""").WithRateLimit(1000, 0, resetSeconds);

    private static HttpResponseMessage Ok() =>
        AvinodeHarness.Data("""{"id": "schedaero-quote-1", "type": "schedaero-quote"}""").WithRateLimit(1000, 999, 3600);

    [Fact]
    public async Task A_403_at_the_limit_waits_for_the_reset_when_it_fits_the_budget_then_succeeds()
    {
        using var harness = new AvinodeHarness();
        var calls = 0;
        harness.Handler = (_, _) => ++calls == 1 ? Limited(40) : Ok();

        var result = await harness.Run(c => c.GetQuoteAsync(new ResourceId("schedaero-quote-1")));

        Assert.Equal(2, harness.Requests.Count);
        Assert.True(harness.Time.Elapsed >= TimeSpan.FromSeconds(40), $"waited only {harness.Time.Elapsed}");
        Assert.Equal(999, result.RateLimit!.Remaining);
        Assert.Equal(999, harness.Client.RateLimit!.Remaining);
        Assert.Equal(1000, harness.Client.RateLimit.Limit);
    }

    [Fact]
    public async Task A_reset_beyond_the_one_hour_budget_gives_up_at_once_with_the_reset_time()
    {
        using var harness = new AvinodeHarness();
        harness.Handler = (_, _) => Limited(7200);
        var start = harness.Time.GetUtcNow();

        var error = await Assert.ThrowsAsync<RateLimitExceededException>(() => harness.Run(c => c.GetQuoteAsync(new ResourceId("schedaero-quote-1"))));

        Assert.Single(harness.Requests);
        Assert.Equal(HttpStatusCode.Forbidden, error.StatusCode);
        Assert.Equal(start + TimeSpan.FromSeconds(7200), error.ResetAt);
        Assert.Equal(TimeSpan.FromSeconds(7200), error.RetryAfter);
        Assert.Equal(TimeSpan.Zero, harness.Time.Elapsed);
        Assert.Equal(0, error.RateLimit!.Remaining);
        Assert.Equal(0, harness.Client.RateLimit!.Remaining);
    }

    [Fact]
    public async Task A_429_with_retry_after_is_waited_for_even_on_a_create()
    {
        using var harness = new AvinodeHarness();
        var calls = 0;
        harness.Handler = (_, _) =>
        {
            if (++calls == 1)
            {
                var response = AvinodeHarness.Json("{}", HttpStatusCode.TooManyRequests);
                response.Headers.Add("Retry-After", "5");
                return response;
            }

            var created = AvinodeHarness.Json("""{"meta":{}}""", HttpStatusCode.Created);
            created.Headers.Location = new Uri("https://sandbox-schedaero.avinode.com/api/externalsystems/external-system-7");
            return created;
        };

        var result = await harness.Run(c => c.CreateExternalSystemAsync("MyCRM"));

        Assert.Equal(new ResourceId("external-system-7"), result.Data!.Id);
        Assert.Equal(2, harness.Requests.Count);
        Assert.True(harness.Time.Elapsed >= TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Rate_limits_are_tracked_per_service()
    {
        using var harness = new AvinodeHarness();
        harness.Handler = (r, _) =>
        {
            var response = r.Uri.Host == "sandbox.avinode.com" ? AvinodeHarness.Json("""{"data": [], "meta": {}}""") : Ok();
            if (r.Uri.Host == "sandbox.avinode.com")
            {
                response.Headers.Add("X-Rate-Limit-Remaining", "42");
            }

            return response;
        };

        await harness.Client.GetQuoteAsync(new ResourceId("schedaero-quote-1"));
        await harness.Client.Webhooks.ListAsync();

        Assert.Equal(999, harness.Client.RateLimit!.Remaining);
        Assert.Equal(42, harness.Client.Webhooks.RateLimit!.Remaining);
    }
}
