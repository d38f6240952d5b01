namespace AviationApis.Core.Pipeline;

/// <summary>
/// Resilience, timeout and logging settings of one client registration. Bound from configuration under the client's
/// section (e.g. <c>CargoAi:Pipeline:TotalTimeout</c>) and validated at startup.
/// </summary>
public sealed class AviationPipelineOptions
{
    /// <summary>The budget for the whole call, retries and waits included. Default 100 s.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(100);

    /// <summary>The budget for one attempt, until the response body has been read (or its headers, for streams). Default 30 s.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Retries after the first attempt, at most. 0 disables retries. Default 3.</summary>
    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>The first back-off delay; doubled on each retry. Default 1 s.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest back-off delay (not a cap on server-requested waits, which the total budget caps). Default 30 s.</summary>
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Adds random jitter to back-off delays so clients do not retry in lock-step. Default on.</summary>
    public bool UseJitter { get; set; } = true;

    /// <summary>Whether the circuit breaker is used. Default on.</summary>
    public bool CircuitBreakerEnabled { get; set; } = true;

    /// <summary>The share of failed attempts in the sampling window that opens the circuit. Default 0.5.</summary>
    public double CircuitBreakerFailureRatio { get; set; } = 0.5;

    /// <summary>The attempts needed in the window before the ratio is considered. Default 20.</summary>
    public int CircuitBreakerMinimumThroughput { get; set; } = 20;

    /// <summary>The sampling window. Default 30 s.</summary>
    public TimeSpan CircuitBreakerSamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long the circuit stays open before a trial call. Default 15 s.</summary>
    public TimeSpan CircuitBreakerBreakDuration { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// Headers whose values may be logged. Every other header is logged as <c>[REDACTED]</c>; credential headers are
    /// redacted even when listed.
    /// </summary>
    public ISet<string> LoggedHeaders { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "Content-Type", "Content-Length", "Content-Encoding", "Retry-After", "Date", "Location",
        "X-Rate-Limit-Limit", "X-Rate-Limit-Remaining", "X-Rate-Limit-Reset",
        "X-Request-Id", "X-Correlation-Id", "Request-Id", "traceparent",
        "X-Avinode-ApiVersion", "X-Avinode-Product", "X-Avinode-SentTimestamp", "x-api-name",
    };

    /// <summary>Query parameters whose values may be logged; every other value is logged as <c>[REDACTED]</c>.</summary>
    public ISet<string> LoggedQueryParameters { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Checks the settings; returns one message per problem, naming the configuration key to fix.</summary>
    /// <param name="sectionPath">The configuration path of these options, e.g. <c>CargoAi:Pipeline</c>.</param>
    /// <returns>The problems, empty when valid.</returns>
    public IEnumerable<string> Validate(string sectionPath)
    {
        if (TotalTimeout <= TimeSpan.Zero && TotalTimeout != Timeout.InfiniteTimeSpan)
        {
            yield return $"{sectionPath}:{nameof(TotalTimeout)} must be positive.";
        }

        if (AttemptTimeout <= TimeSpan.Zero && AttemptTimeout != Timeout.InfiniteTimeSpan)
        {
            yield return $"{sectionPath}:{nameof(AttemptTimeout)} must be positive.";
        }

        if (MaxRetryAttempts is < 0 or > 100)
        {
            yield return $"{sectionPath}:{nameof(MaxRetryAttempts)} must be between 0 and 100.";
        }

        if (RetryBaseDelay < TimeSpan.Zero || RetryMaxDelay < RetryBaseDelay)
        {
            yield return $"{sectionPath}:{nameof(RetryBaseDelay)} must be non-negative and not above {nameof(RetryMaxDelay)}.";
        }

        if (CircuitBreakerFailureRatio is <= 0 or > 1)
        {
            yield return $"{sectionPath}:{nameof(CircuitBreakerFailureRatio)} must be in (0, 1].";
        }

        if (CircuitBreakerMinimumThroughput < 2)
        {
            yield return $"{sectionPath}:{nameof(CircuitBreakerMinimumThroughput)} must be at least 2.";
        }

        if (CircuitBreakerSamplingDuration < TimeSpan.FromMilliseconds(500) || CircuitBreakerBreakDuration < TimeSpan.FromMilliseconds(500))
        {
            yield return $"{sectionPath}:{nameof(CircuitBreakerSamplingDuration)} and {nameof(CircuitBreakerBreakDuration)} must be at least 0.5 s.";
        }
    }
}
