using AviationApis.Core.Pipeline;

namespace AviationApis.Reliability.Tests.Matrix;

/// <summary>The short real budgets the matrix runs with, so the whole suite stays fast.</summary>
public sealed record MatrixBudget
{
    /// <summary>The budgets every matrix cell uses.</summary>
    public static MatrixBudget Default { get; } = new();

    /// <summary>Per-attempt timeout: 2 s, room for connection set-up when every test project runs at once on 2 cores.</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Total timeout.</summary>
    public TimeSpan TotalTimeout { get; init; } = TimeSpan.FromSeconds(8);

    /// <summary>First back-off delay (doubled per retry).</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromMilliseconds(50);

    /// <summary>Retries after the first attempt.</summary>
    public int MaxRetryAttempts { get; init; } = 3;

    /// <summary>How late past the total timeout a failure may surface (thread-pool and socket scheduling on a busy 2-core machine).</summary>
    public TimeSpan Tolerance { get; init; } = TimeSpan.FromSeconds(2.5);

    /// <summary>Attempts at most.</summary>
    public int MaxAttempts => MaxRetryAttempts + 1;

    /// <summary>Copies the budgets into a client's pipeline options (jitter off; circuit breaker on, with defaults).</summary>
    /// <param name="options">The options to set.</param>
    public void Apply(AviationPipelineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.AttemptTimeout = AttemptTimeout;
        options.TotalTimeout = TotalTimeout;
        options.RetryBaseDelay = RetryBaseDelay;
        options.MaxRetryAttempts = MaxRetryAttempts;
        options.UseJitter = false;
    }
}
