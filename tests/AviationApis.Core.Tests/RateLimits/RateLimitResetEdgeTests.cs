using System.Net;
using AviationApis.Core.RateLimits;

namespace AviationApis.Core.Tests.RateLimits;

public sealed class RateLimitResetEdgeTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_reset_of_exactly_one_billion_is_an_epoch_time_already_past()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.TryAddWithoutValidation(RateLimitHeaders.ResetHeader, "1000000000");

        var info = RateLimitHeaders.Read(response, Now);

        Assert.Equal(TimeSpan.Zero, info!.ResetAfter);
        Assert.Equal(Now, info.ResetAt);
    }

    [Fact]
    public void A_retry_after_date_in_the_past_means_no_wait()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(Now.AddMinutes(-5));

        Assert.Equal(TimeSpan.Zero, RateLimitHeaders.ReadRetryAfter(response.Headers, Now));
    }

    [Fact]
    public void A_retry_after_date_ahead_is_the_time_left()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(Now.AddSeconds(90));

        Assert.Equal(TimeSpan.FromSeconds(90), RateLimitHeaders.ReadRetryAfter(response.Headers, Now));
    }

    [Fact]
    public void The_monitor_needs_a_client_name() =>
        Assert.Equal("clientName", Assert.Throws<ArgumentNullException>(() => new RateLimitMonitor().GetLatest(null!)).ParamName);
}
