namespace AviationApis.Core.RateLimits;

/// <summary>
/// The rate-limit state a server reported on its latest response (<c>X-Rate-Limit-Limit</c>,
/// <c>X-Rate-Limit-Remaining</c>, <c>X-Rate-Limit-Reset</c>, and <c>Retry-After</c> where sent).
/// </summary>
/// <param name="Limit">Calls allowed in the window, when reported.</param>
/// <param name="Remaining">Calls left in the window, when reported.</param>
/// <param name="ResetAfter">Time until the window resets, measured when the response arrived.</param>
/// <param name="ResetAt">When the window resets, on the pipeline's clock.</param>
/// <param name="RetryAfter">The server's <c>Retry-After</c>, when it sent one.</param>
/// <param name="ObservedAt">When the response carrying these headers arrived.</param>
public sealed record RateLimitInfo(
    long? Limit,
    long? Remaining,
    TimeSpan? ResetAfter,
    DateTimeOffset? ResetAt,
    TimeSpan? RetryAfter,
    DateTimeOffset ObservedAt)
{
    /// <summary><see langword="true"/> when the server says no calls are left in the current window.</summary>
    public bool IsExhausted => Remaining is <= 0;
}
