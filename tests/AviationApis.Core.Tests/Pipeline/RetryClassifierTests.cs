using System.Net;
using AviationApis.Core.Errors;
using AviationApis.Core.Http;
using AviationApis.Core.Pipeline;
using AviationApis.Core.RateLimits;
using Polly;
using Polly.Timeout;

namespace AviationApis.Core.Tests.Pipeline;

/// <summary>Every branch of the retry classification, outside a pipeline.</summary>
public sealed class RetryClassifierTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(HttpStatusCode.RequestTimeout, "HTTP 408")]
    [InlineData(HttpStatusCode.InternalServerError, "HTTP 500")]
    [InlineData(HttpStatusCode.BadGateway, "HTTP 502")]
    [InlineData(HttpStatusCode.ServiceUnavailable, "HTTP 503")]
    [InlineData(HttpStatusCode.GatewayTimeout, "HTTP 504")]
    [InlineData(HttpStatusCode.TooManyRequests, "HTTP 429")]
    [InlineData(HttpStatusCode.NotImplemented, null)]
    [InlineData(HttpStatusCode.NotFound, null)]
    [InlineData(HttpStatusCode.Forbidden, null)]
    [InlineData(HttpStatusCode.OK, null)]
    public void An_idempotent_answer_is_retried_only_on_transient_statuses(HttpStatusCode status, string? reason)
    {
        using var response = new HttpResponseMessage(status);

        Assert.Equal(reason, RetryClassifier.RetryReason(Outcome.FromResult(response), Idempotency.Idempotent));
    }

    [Theory]
    [InlineData(HttpStatusCode.RequestTimeout)]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    public void A_non_idempotent_answer_is_not_retried_on_server_errors(HttpStatusCode status)
    {
        using var response = new HttpResponseMessage(status);

        Assert.Null(RetryClassifier.RetryReason(Outcome.FromResult(response), Idempotency.NonIdempotent));
    }

    [Fact]
    public void A_401_with_no_calls_remaining_is_a_rate_limit_even_for_a_non_idempotent_call()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.Unauthorized);
        response.Headers.TryAddWithoutValidation(RateLimitHeaders.RemainingHeader, "0");

        Assert.Equal("HTTP 401 rate limit", RetryClassifier.RetryReason(Outcome.FromResult(response), Idempotency.NonIdempotent));
    }

    [Theory]
    [InlineData(HttpStatusCode.Unauthorized, "0", true)]
    [InlineData(HttpStatusCode.Forbidden, " 0 ", true)]
    [InlineData(HttpStatusCode.Forbidden, "-1", true)]
    [InlineData(HttpStatusCode.Forbidden, "1", false)]
    [InlineData(HttpStatusCode.Forbidden, "none", false)]
    [InlineData(HttpStatusCode.TooManyRequests, "0", false)]
    [InlineData(HttpStatusCode.BadRequest, "0", false)]
    [InlineData(HttpStatusCode.ProxyAuthenticationRequired, "0", false)]
    public void A_refusal_is_a_rate_limit_only_for_401_or_403_with_no_calls_remaining(HttpStatusCode status, string remaining, bool refusal)
    {
        using var response = new HttpResponseMessage(status);
        response.Headers.TryAddWithoutValidation(RateLimitHeaders.RemainingHeader, remaining);

        Assert.Equal(refusal, RetryClassifier.IsRateLimitRefusal(response));
    }

    [Fact]
    public void A_403_without_a_remaining_count_is_not_a_rate_limit()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.Forbidden);

        Assert.False(RetryClassifier.IsRateLimitRefusal(response));
    }

    [Fact]
    public void Cancellations_and_open_circuits_are_never_retried()
    {
        var open = new CircuitOpenException("open", new ApiErrorDetails());

        Assert.Null(RetryClassifier.RetryReason(Outcome.FromException<HttpResponseMessage>(new OperationCanceledException()), Idempotency.Idempotent));
        Assert.Null(RetryClassifier.RetryReason(Outcome.FromException<HttpResponseMessage>(new TaskCanceledException()), Idempotency.Idempotent));
        Assert.Null(RetryClassifier.RetryReason(Outcome.FromException<HttpResponseMessage>(open), Idempotency.Idempotent));
        Assert.Null(RetryClassifier.RetryReason(Outcome.FromException<HttpResponseMessage>(new InvalidOperationException()), Idempotency.Idempotent));
    }

    [Fact]
    public void A_failure_of_the_token_source_that_signs_the_call_is_never_retried_by_the_call()
    {
        var timeout = new AviationTimeoutException(TimeoutBudget.Attempt, TimeSpan.FromSeconds(5), new ApiErrorDetails());
        var refused = new ServiceFailureException("connection refused", new ApiErrorDetails(), new HttpRequestException(HttpRequestError.ConnectionError, "refused"));
        Assert.Equal("attempt timeout", RetryClassifier.RetryReason(Outcome.FromException<HttpResponseMessage>(timeout), Idempotency.Idempotent));

        timeout.MarkFromTokenSource();
        refused.MarkFromTokenSource();

        Assert.True(timeout.FromTokenSource);
        Assert.Null(RetryClassifier.RetryReason(Outcome.FromException<HttpResponseMessage>(timeout), Idempotency.Idempotent));
        Assert.Null(RetryClassifier.RetryReason(Outcome.FromException<HttpResponseMessage>(refused), Idempotency.Idempotent));
    }

    [Fact]
    public void A_connection_never_made_is_retried_whatever_the_operation()
    {
        var refused = new HttpRequestException(HttpRequestError.NameResolutionError, "no such host");

        Assert.Equal("connection failed", RetryClassifier.RetryReason(Outcome.FromException<HttpResponseMessage>(refused), Idempotency.Idempotent));
        Assert.Equal("connection failed", RetryClassifier.RetryReason(Outcome.FromException<HttpResponseMessage>(refused), Idempotency.NonIdempotent));
    }

    [Fact]
    public void Attempt_timeouts_are_retried_only_for_idempotent_operations_and_the_total_budget_never()
    {
        var rejected = Outcome.FromException<HttpResponseMessage>(new TimeoutRejectedException());
        var total = Outcome.FromException<HttpResponseMessage>(new AviationTimeoutException(TimeoutBudget.Total, TimeSpan.FromSeconds(1), new ApiErrorDetails()));
        var attempt = Outcome.FromException<HttpResponseMessage>(new AviationTimeoutException(TimeoutBudget.Attempt, TimeSpan.FromSeconds(1), new ApiErrorDetails()));

        Assert.Equal("attempt timeout", RetryClassifier.RetryReason(rejected, Idempotency.Idempotent));
        Assert.Null(RetryClassifier.RetryReason(rejected, Idempotency.NonIdempotent));
        Assert.Null(RetryClassifier.RetryReason(attempt, Idempotency.NonIdempotent));
        Assert.Null(RetryClassifier.RetryReason(total, Idempotency.Idempotent));
    }

    [Fact]
    public void A_transport_error_after_connecting_is_retried_only_for_idempotent_operations()
    {
        var reset = Outcome.FromException<HttpResponseMessage>(new HttpRequestException(HttpRequestError.ResponseEnded, "ended"));

        Assert.Equal("transport error", RetryClassifier.RetryReason(reset, Idempotency.Idempotent));
        Assert.Null(RetryClassifier.RetryReason(reset, Idempotency.NonIdempotent));
    }

    [Fact]
    public void No_answer_means_no_requested_wait()
    {
        Assert.Null(RetryClassifier.ServerRequestedDelay(null, Now));
    }

    [Fact]
    public void Retry_after_is_honoured_on_any_answer_and_before_the_reset()
    {
        using var unavailable = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable) { Headers = { { "Retry-After", "4" } } };
        using var tooMany = new HttpResponseMessage(HttpStatusCode.TooManyRequests) { Headers = { { "Retry-After", "5" }, { RateLimitHeaders.ResetHeader, "30" } } };

        Assert.Equal(TimeSpan.FromSeconds(4), RetryClassifier.ServerRequestedDelay(unavailable, Now));
        Assert.Equal(TimeSpan.FromSeconds(5), RetryClassifier.ServerRequestedDelay(tooMany, Now));
    }

    [Fact]
    public void A_rate_limit_refusal_waits_for_the_reset_and_another_refusal_does_not()
    {
        using var refusal = new HttpResponseMessage(HttpStatusCode.Forbidden) { Headers = { { RateLimitHeaders.RemainingHeader, "0" }, { RateLimitHeaders.ResetHeader, "30" } } };
        using var denied = new HttpResponseMessage(HttpStatusCode.Forbidden) { Headers = { { RateLimitHeaders.RemainingHeader, "3" }, { RateLimitHeaders.ResetHeader, "30" } } };
        using var noReset = new HttpResponseMessage(HttpStatusCode.TooManyRequests);

        Assert.Equal(TimeSpan.FromSeconds(30), RetryClassifier.ServerRequestedDelay(refusal, Now));
        Assert.Null(RetryClassifier.ServerRequestedDelay(denied, Now));
        Assert.Null(RetryClassifier.ServerRequestedDelay(noReset, Now));
    }
}
