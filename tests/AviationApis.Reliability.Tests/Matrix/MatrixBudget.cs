using AviationApis.Core.Pipeline;

namespace AviationApis.Reliability.Tests.Matrix;

/// <summary>
/// The real budgets the matrix runs with. Stall rows, whose subject is the timeouts themselves, run with short budgets
/// (<see cref="Stall"/>) so the suite stays fast; every other row runs with roomy ones (<see cref="Default"/>), so a
/// machine busy with every test project at once cannot turn a 408 or a 500 into an attempt timeout.
/// </summary>
public sealed record MatrixBudget
{
    /// <summary>The budgets of every row that is not a stall: attempt 15 s, total 30 s.</summary>
    public static MatrixBudget Default { get; } = new();

    /// <summary>The budgets of the stall rows: attempt 3 s, total 10 s, so a stall before the fourth attempt still fits.</summary>
    public static MatrixBudget Stall { get; } = new() { AttemptTimeout = TimeSpan.FromSeconds(3), TotalTimeout = TimeSpan.FromSeconds(10) };

    /// <summary>Per-attempt timeout.</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>Total timeout.</summary>
    public TimeSpan TotalTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>First back-off delay (doubled per retry).</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromMilliseconds(50);

    /// <summary>Retries after the first attempt.</summary>
    public int MaxRetryAttempts { get; init; } = 3;

    /// <summary>How late past the total timeout a failure may surface (thread-pool and socket scheduling on a busy 2-core machine).</summary>
    public TimeSpan Tolerance { get; init; } = TimeSpan.FromSeconds(2.5);

    /// <summary>Attempts at most.</summary>
    public int MaxAttempts => MaxRetryAttempts + 1;

    /// <summary>The budgets a row runs with.</summary>
    /// <param name="row">The fault row.</param>
    /// <returns><see cref="Stall"/> for stall rows, otherwise <see cref="Default"/>.</returns>
    public static MatrixBudget For(FaultRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row.Family == FaultFamily.Stall ? Stall : Default;
    }

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
