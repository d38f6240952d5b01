using System.Net;
using AviationApis.Core.Errors;
using AviationApis.Core.Http;
using AviationApis.Core.RateLimits;
using Polly;
using Polly.Timeout;

namespace AviationApis.Core.Pipeline;

/// <summary>
/// The one retry classification, per operation and not per HTTP verb. Idempotent operations retry on 408, 429, 500,
/// 502, 503, 504, connection failures and attempt timeouts. Non-idempotent ones retry only when the server provably did
/// not process the request: no connection, 429, or a rate-limit 401 or 403. A failure of the token source that signs
/// the call (<see cref="AviationApiException.FromTokenSource"/>) is never retried: its own pipeline retried it.
/// </summary>
internal static class RetryClassifier
{
    /// <summary>Returns a short reason when the outcome may be retried, or <see langword="null"/> when it may not.</summary>
    public static string? RetryReason(Outcome<HttpResponseMessage> outcome, Idempotency idempotency)
    {
        if (outcome.Result is { } response)
        {
            var status = response.StatusCode;
            if (status == HttpStatusCode.TooManyRequests)
            {
                return "HTTP 429";
            }

            if (IsRateLimitRefusal(response))
            {
                return $"HTTP {(int)status} rate limit";
            }

            var transient = status is HttpStatusCode.RequestTimeout or HttpStatusCode.InternalServerError or HttpStatusCode.BadGateway
                or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;
            return transient && idempotency == Idempotency.Idempotent ? $"HTTP {(int)status}" : null;
        }

        return outcome.Exception switch
        {
            // A token source's failure: the token's own pipeline already retried it.
            null or OperationCanceledException or CircuitOpenException or AviationApiException { FromTokenSource: true } => null,
            { } ex when TransportFailure.IsConnectFailure(ex) => "connection failed",
            // The attempt timeout strategy's rejection, or a typed attempt timeout from an inner call.
            TimeoutRejectedException or AviationTimeoutException { Budget: TimeoutBudget.Attempt } when idempotency == Idempotency.Idempotent => "attempt timeout",
            HttpRequestException or IOException when idempotency == Idempotency.Idempotent => "transport error",
            _ => null,
        };
    }

    /// <summary>
    /// A 401 or 403 is a rate limit when the server says no calls remain (<c>X-Rate-Limit-Remaining: 0</c>): Avinode
    /// documents that a spent hourly quota is refused with 403, and lists "rate limit exceeded" among the causes of 401.
    /// The request was not processed, so even a non-idempotent operation may wait for the reset and be sent again.
    /// </summary>
    public static bool IsRateLimitRefusal(HttpResponseMessage response) =>
        response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden
        && response.Headers.NonValidated.TryGetValues(RateLimitHeaders.RemainingHeader, out var values)
        && values.Any(v => long.TryParse(v.AsSpan().Trim(), System.Globalization.CultureInfo.InvariantCulture, out var remaining) && remaining <= 0);

    /// <summary>The wait the server asked for (<c>Retry-After</c>, else <c>X-Rate-Limit-Reset</c> on a rate-limit answer).</summary>
    public static TimeSpan? ServerRequestedDelay(HttpResponseMessage? response, DateTimeOffset now)
    {
        if (response is null)
        {
            return null;
        }

        var retryAfter = RateLimitHeaders.ReadRetryAfter(response.Headers, now);
        if (retryAfter is not null)
        {
            return retryAfter;
        }

        var isRateLimit = response.StatusCode == HttpStatusCode.TooManyRequests || IsRateLimitRefusal(response);
        return isRateLimit ? RateLimitHeaders.Read(response, now)?.ResetAfter : null;
    }
}
