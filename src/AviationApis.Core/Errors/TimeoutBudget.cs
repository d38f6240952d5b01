namespace AviationApis.Core.Errors;

/// <summary>Which time budget ran out.</summary>
public enum TimeoutBudget
{
    /// <summary>One attempt took longer than the per-attempt timeout (and no retry was allowed or left).</summary>
    Attempt = 0,

    /// <summary>The whole call, retries and waits included, took longer than the total timeout.</summary>
    Total = 1,
}
