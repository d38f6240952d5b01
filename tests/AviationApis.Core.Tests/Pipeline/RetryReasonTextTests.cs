using System.Net;
using System.Net.Sockets;
using AviationApis.Core.Errors;
using AviationApis.Core.Http;
using AviationApis.Core.Pipeline;
using AviationApis.Core.RateLimits;
using Polly;

namespace AviationApis.Core.Tests.Pipeline;

/// <summary>The classifier's reasons (logged and traced per retry) and its rate-limit reading, outside a pipeline.</summary>
public sealed class RetryReasonTextTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);

    private static HttpRequestException ConnectFailure() => new("refused", new SocketException((int)SocketError.ConnectionRefused));

    [Fact]
    public void Each_retry_says_why()
    {
        using var tooMany = new HttpResponseMessage(HttpStatusCode.TooManyRequests);

        Assert.Equal("HTTP 429", RetryClassifier.RetryReason(Outcome.FromResult(tooMany), Idempotency.NonIdempotent));
        Assert.Equal("connection failed", RetryClassifier.RetryReason(Outcome.FromException<HttpResponseMessage>(ConnectFailure()), Idempotency.NonIdempotent));
        Assert.Equal("attempt timeout", RetryClassifier.RetryReason(Outcome.FromException<HttpResponseMessage>(new AviationTimeoutException(TimeoutBudget.Attempt, TimeSpan.FromSeconds(1), new ApiErrorDetails())), Idempotency.Idempotent));
        Assert.Equal("transport error", RetryClassifier.RetryReason(Outcome.FromException<HttpResponseMessage>(new HttpRequestException("reset")), Idempotency.Idempotent));
        Assert.Equal("transport error", RetryClassifier.RetryReason(Outcome.FromException<HttpResponseMessage>(new IOException("reset")), Idempotency.Idempotent));
        Assert.Null(RetryClassifier.RetryReason(Outcome.FromException<HttpResponseMessage>(new IOException("reset")), Idempotency.NonIdempotent));
    }

    [Fact]
    public void One_spent_quota_value_among_several_is_a_rate_limit_refusal()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.Forbidden);
        response.Headers.TryAddWithoutValidation(RateLimitHeaders.RemainingHeader, ["abc", "0"]);

        Assert.True(RetryClassifier.IsRateLimitRefusal(response));
        Assert.Equal("HTTP 403 rate limit", RetryClassifier.RetryReason(Outcome.FromResult(response), Idempotency.NonIdempotent));
    }

    [Fact]
    public void A_429_without_retry_after_waits_for_the_reset()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.TryAddWithoutValidation(RateLimitHeaders.ResetHeader, "30");

        Assert.Equal(TimeSpan.FromSeconds(30), RetryClassifier.ServerRequestedDelay(response, Now));
    }

    [Fact]
    public void A_reset_header_on_a_server_error_is_not_a_requested_wait()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.InternalServerError);
        response.Headers.TryAddWithoutValidation(RateLimitHeaders.ResetHeader, "30");

        Assert.Null(RetryClassifier.ServerRequestedDelay(response, Now));
    }

    [Theory]
    [InlineData(SocketError.ConnectionRefused, true)]
    [InlineData(SocketError.HostNotFound, true)]
    [InlineData(SocketError.HostUnreachable, true)]
    [InlineData(SocketError.NetworkUnreachable, true)]
    [InlineData(SocketError.ConnectionReset, false)]
    public void Only_a_connection_never_made_is_a_connect_failure(SocketError code, bool connect)
    {
        var error = new HttpRequestException("failed", new SocketException((int)code));

        Assert.Equal(connect, TransportFailure.IsConnectFailure(error));
        Assert.Equal(
            connect ? "The connection to the server could not be established" : "The connection to the server failed during the call",
            TransportFailure.Describe(error));
    }
}
