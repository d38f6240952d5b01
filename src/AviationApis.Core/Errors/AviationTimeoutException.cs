namespace AviationApis.Core.Errors;

/// <summary>A time budget ran out before the server answered. <see cref="Budget"/> says which one.</summary>
public sealed class AviationTimeoutException : AviationApiException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="budget">Which budget ran out.</param>
    /// <param name="timeout">The budget's length.</param>
    /// <param name="details">What is known about the failure.</param>
    /// <param name="innerException">The underlying exception, if any.</param>
    public AviationTimeoutException(TimeoutBudget budget, TimeSpan timeout, ApiErrorDetails details, Exception? innerException = null)
        : base(budget == TimeoutBudget.Attempt
            ? $"The attempt timeout of {timeout.TotalSeconds:0.###} s elapsed"
            : $"The total timeout of {timeout.TotalSeconds:0.###} s elapsed", details, innerException)
    {
        Budget = budget;
        Timeout = timeout;
    }

    /// <summary>Which budget ran out.</summary>
    public TimeoutBudget Budget { get; }

    /// <summary>The length of the budget that ran out.</summary>
    public TimeSpan Timeout { get; }
}
