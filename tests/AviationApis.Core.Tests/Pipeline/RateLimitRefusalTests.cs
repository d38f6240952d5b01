using System.Net;
using AviationApis.Core.Errors;
using AviationApis.Core.Http;
using RichardSzalay.MockHttp;

namespace AviationApis.Core.Tests.Pipeline;

/// <summary>Avinode answers a spent quota with 403 and lists "rate limit exceeded" among the causes of 401 (seed 004).</summary>
public sealed class RateLimitRefusalTests
{
    private static readonly ApiOperation Read = new("Test.Read", Idempotency.Idempotent);
    private static readonly ApiOperation Book = new("Test.Book", Idempotency.NonIdempotent);

    [Theory]
    [InlineData(HttpStatusCode.Unauthorized, true)]
    [InlineData(HttpStatusCode.Forbidden, true)]
    [InlineData(HttpStatusCode.Unauthorized, false)]
    [InlineData(HttpStatusCode.Forbidden, false)]
    public async Task A_401_or_403_with_no_calls_remaining_is_waited_within_the_budget_then_sent_again(HttpStatusCode status, bool idempotent)
    {
        using var harness = new PipelineHarness(o => o.TotalTimeout = TimeSpan.FromMinutes(5));
        var calls = 0;
        harness.Mock.When("*").Respond(_ => ++calls == 1
            ? new HttpResponseMessage(status) { Headers = { { "X-Rate-Limit-Limit", "100" }, { "X-Rate-Limit-Remaining", "0" }, { "X-Rate-Limit-Reset", "30" } } }
            : new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("{}") });

        using var response = await harness.SendAsync(PipelineHarness.Request(HttpMethod.Post, "x", idempotent ? Read : Book));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, calls);
        Assert.True(harness.Time.Elapsed >= TimeSpan.FromSeconds(30));
    }

    [Theory]
    [InlineData(HttpStatusCode.Unauthorized)]
    [InlineData(HttpStatusCode.Forbidden)]
    public async Task A_rate_limit_401_or_403_whose_reset_is_beyond_the_budget_is_a_rate_limit_exception(HttpStatusCode status)
    {
        using var harness = new PipelineHarness(o => o.TotalTimeout = TimeSpan.FromSeconds(60));
        var calls = 0;
        harness.Mock.When("*").Respond(_ =>
        {
            calls++;
            return new HttpResponseMessage(status) { Headers = { { "X-Rate-Limit-Remaining", "0" }, { "X-Rate-Limit-Reset", "1200" } } };
        });

        using var response = await harness.SendAsync(PipelineHarness.Request(HttpMethod.Get, "x", Read));
        var error = ApiExceptionFactory.FromResponse(response, null, "{}");

        Assert.Equal(1, calls);
        var rateLimit = Assert.IsType<RateLimitExceededException>(error);
        Assert.Equal(TimeSpan.FromMinutes(20), rateLimit.RetryAfter);
    }

    [Theory]
    [InlineData(HttpStatusCode.Unauthorized, "Rate limit exceeded")]
    [InlineData(HttpStatusCode.Forbidden, "API rate-limit reached for this connection")]
    public void A_401_or_403_whose_message_says_rate_limit_is_typed_as_a_rate_limit(HttpStatusCode status, string message)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://x.test/").SetOperation(Read);
        using var response = new HttpResponseMessage(status) { RequestMessage = request };

        var error = ApiExceptionFactory.FromResponse(response, new ApiErrorContent(null, [message], []), "{}");

        Assert.IsType<RateLimitExceededException>(error);
    }

    [Theory]
    [InlineData(HttpStatusCode.Unauthorized, typeof(AuthenticationFailedException))]
    [InlineData(HttpStatusCode.Forbidden, typeof(AuthenticationFailedException))]
    public void A_401_or_403_without_rate_limit_signs_stays_an_authentication_failure(HttpStatusCode status, Type expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://x.test/").SetOperation(Read);
        using var response = new HttpResponseMessage(status) { RequestMessage = request, Headers = { { "X-Rate-Limit-Remaining", "12" } } };

        var error = ApiExceptionFactory.FromResponse(response, new ApiErrorContent(null, ["Invalid token"], []), "{}");

        Assert.IsType(expected, error);
    }
}
