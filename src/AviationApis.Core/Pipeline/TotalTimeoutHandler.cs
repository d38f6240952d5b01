using AviationApis.Core.Errors;
using AviationApis.Core.Http;

namespace AviationApis.Core.Pipeline;

/// <summary>
/// Stage 2: the budget for the whole call, retries and waits included. Records the deadline for the retry stage and is
/// the single place where transport exceptions become typed <see cref="AviationApiException"/>s. Cancellation by the
/// caller's own token stays an <see cref="OperationCanceledException"/>.
/// </summary>
internal sealed class TotalTimeoutHandler : DelegatingHandler
{
    private readonly TimeSpan _timeout;
    private readonly TimeProvider _time;

    public TotalTimeoutHandler(TimeSpan timeout, TimeProvider time)
    {
        _timeout = timeout;
        _time = time;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        // One async method (one state machine per call); the budget is created only when finite.
        CancellationTokenSource? clockSource = null;
        CancellationTokenSource? budget = null;
        if (_timeout != Timeout.InfiniteTimeSpan)
        {
            HttpRequestMessageExtensions.GetState(request).Deadline = _time.GetUtcNow() + _timeout;
            budget = BudgetTokenSource.Create(_timeout, _time, cancellationToken, out clockSource);
        }

        var token = budget?.Token ?? cancellationToken;
        try
        {
            return await base.SendAsync(request, token).ConfigureAwait(false);
        }
        catch (Exception ex) when (budget is not null && budget.IsCancellationRequested && !cancellationToken.IsCancellationRequested
                                   && ex is OperationCanceledException or AviationTimeoutException { Budget: TimeoutBudget.Attempt })
        {
            throw new AviationTimeoutException(TimeoutBudget.Total, _timeout, ApiExceptionFactory.Details(request, null), ex);
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException && !token.IsCancellationRequested)
        {
            throw new ServiceFailureException(TransportFailure.Describe(ex), ApiExceptionFactory.Details(request, null), ex);
        }
        finally
        {
            budget?.Dispose();
            clockSource?.Dispose();
        }
    }
}
