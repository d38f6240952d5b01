namespace AviationApis.Core.Errors;

/// <summary>The server refused the call because a rate limit was reached (HTTP 429; or HTTP 401 or 403 with <c>X-Rate-Limit-Remaining: 0</c> or a message saying "rate limit"), and waiting for the reset did not fit in the remaining budget (or the server did not say when it resets).</summary>
public sealed class RateLimitExceededException : AviationApiException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">A short description (must not contain secrets).</param>
    /// <param name="details">What is known about the failure.</param>
    /// <param name="innerException">The underlying exception, if any.</param>
    public RateLimitExceededException(string message, ApiErrorDetails details, Exception? innerException = null)
        : base(message, details, innerException)
    {
    }

    /// <summary>How long the server asked the caller to wait (from <c>Retry-After</c> or <c>X-Rate-Limit-Reset</c>), if it said.</summary>
    public TimeSpan? RetryAfter => Details.RateLimit?.RetryAfter ?? Details.RateLimit?.ResetAfter;

    /// <summary>When the rate-limit window resets, if the server said.</summary>
    public DateTimeOffset? ResetAt => Details.RateLimit?.ResetAt ?? (Details.RateLimit?.RetryAfter is { } wait ? Details.RateLimit.ObservedAt + wait : null);
}
