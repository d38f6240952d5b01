using System.Net;
using AviationApis.Core.Errors;
using AviationApis.Core.RateLimits;

namespace AviationApis.Core.Tests.Errors;

public sealed class AviationApiExceptionDescriptionTests
{
    [Fact]
    public void Every_known_part_is_described_in_order()
    {
        var details = new ApiErrorDetails
        {
            OperationName = "Op",
            ErrorCode = "E42",
            Messages = ["m1", "m2", "m3", "m4"],
            FieldErrors = [new ApiFieldError("f", "bad")],
            Attempts = 2,
        };

        Assert.Equal("Op: Failed (E42) - m1 - m2 - m3 [f: bad] after 2 attempts", new AviationApiException("Failed", details).Message);
    }

    [Fact]
    public void Unknown_parts_are_left_out()
    {
        var details = new ApiErrorDetails { Attempts = 1, RequestMethod = "GET" };

        Assert.Equal("Failed", new AviationApiException("Failed", details).Message);
    }

    [Fact]
    public void A_status_equal_to_the_error_code_is_said_once()
    {
        var details = new ApiErrorDetails { StatusCode = HttpStatusCode.NotFound, ErrorCode = "404", RequestMethod = "GET", RequestUrl = "https://x.test/" };

        Assert.Equal("Failed (HTTP 404) [GET https://x.test/ → 404]", new AviationApiException("Failed", details).Message);
    }

    [Theory]
    [InlineData(TimeoutBudget.Attempt, 2.5, "The attempt timeout of 2.5 s elapsed")]
    [InlineData(TimeoutBudget.Total, 100, "The total timeout of 100 s elapsed")]
    public void A_timeout_names_its_budget(TimeoutBudget budget, double seconds, string message)
    {
        var error = new AviationTimeoutException(budget, TimeSpan.FromSeconds(seconds), new ApiErrorDetails());

        Assert.Equal(message, error.Message);
        Assert.Equal(budget, error.Budget);
        Assert.Equal(TimeSpan.FromSeconds(seconds), error.Timeout);
    }

    [Fact]
    public void A_rate_limit_error_prefers_the_server_s_retry_after()
    {
        var observed = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var both = new RateLimitExceededException("m", new ApiErrorDetails { RateLimit = new RateLimitInfo(10, 0, TimeSpan.FromSeconds(30), observed.AddSeconds(30), TimeSpan.FromSeconds(5), observed) });
        var resetOnly = new RateLimitExceededException("m", new ApiErrorDetails { RateLimit = new RateLimitInfo(10, 0, TimeSpan.FromSeconds(30), observed.AddSeconds(30), null, observed) });
        var retryOnly = new RateLimitExceededException("m", new ApiErrorDetails { RateLimit = new RateLimitInfo(null, null, null, null, TimeSpan.FromSeconds(5), observed) });
        var none = new RateLimitExceededException("m", new ApiErrorDetails());

        Assert.Equal(TimeSpan.FromSeconds(5), both.RetryAfter);
        Assert.Equal(observed.AddSeconds(30), both.ResetAt);
        Assert.Equal(TimeSpan.FromSeconds(30), resetOnly.RetryAfter);
        Assert.Equal(TimeSpan.FromSeconds(5), retryOnly.RetryAfter);
        Assert.Equal(observed.AddSeconds(5), retryOnly.ResetAt);
        Assert.Null(none.RetryAfter);
        Assert.Null(none.ResetAt);
    }

    [Fact]
    public void A_refused_origin_is_kept_and_required()
    {
        Assert.Equal("https://a.test:443", new OriginNotAllowedException("m", "https://a.test:443", new ApiErrorDetails()).RefusedOrigin);
        Assert.Equal("refusedOrigin", Assert.Throws<ArgumentNullException>(() => new OriginNotAllowedException("m", null!, new ApiErrorDetails())).ParamName);
    }
}
