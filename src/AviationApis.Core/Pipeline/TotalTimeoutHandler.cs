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
        var state = HttpRequestMessageExtensions.GetState(request);
        if (_timeout == Timeout.InfiniteTimeSpan)
        {
            return await SendTranslatingAsync(request, cancellationToken).ConfigureAwait(false);
        }

        state.Deadline = _time.GetUtcNow() + _timeout;
        using var budget = new CancellationTokenSource(_timeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, budget.Token);
        try
        {
            return await SendTranslatingAsync(request, linked.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (budget.IsCancellationRequested && !cancellationToken.IsCancellationRequested
                                   && ex is OperationCanceledException or AviationTimeoutException { Budget: TimeoutBudget.Attempt })
        {
            throw new AviationTimeoutException(TimeoutBudget.Total, _timeout, ApiExceptionFactory.Details(request, null), ex);
        }
    }

    private async Task<HttpResponseMessage> SendTranslatingAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException && !cancellationToken.IsCancellationRequested)
        {
            throw new ServiceFailureException(TransportFailure.Describe(ex), ApiExceptionFactory.Details(request, null), ex);
        }
    }
}
