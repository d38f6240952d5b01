namespace AviationApis.Core.Pipeline;

/// <summary>
/// Creates the token source of a time budget: cancelled when the caller's token is, or when the budget elapses on the
/// pipeline's <see cref="TimeProvider"/>. On the system clock it is one linked source with <c>CancelAfter</c> (one
/// source and one timer per budget); on any other clock (tests' manual time) a timer source on that clock linked with
/// the caller's token. Either way, "the budget fired" is <c>source.IsCancellationRequested &amp;&amp;
/// !callerToken.IsCancellationRequested</c>.
/// </summary>
internal static class BudgetTokenSource
{
    public static CancellationTokenSource Create(TimeSpan timeout, TimeProvider time, CancellationToken callerToken, out CancellationTokenSource? clockSource)
    {
        if (time == TimeProvider.System)
        {
            clockSource = null;
            var linked = CancellationTokenSource.CreateLinkedTokenSource(callerToken);
            linked.CancelAfter(timeout);
            return linked;
        }

        clockSource = new CancellationTokenSource(timeout, time);
        return CancellationTokenSource.CreateLinkedTokenSource(callerToken, clockSource.Token);
    }
}
