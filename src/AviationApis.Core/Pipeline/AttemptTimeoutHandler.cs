using AviationApis.Core.Errors;
using AviationApis.Core.Http;

namespace AviationApis.Core.Pipeline;

/// <summary>
/// Stage 5: the budget of one attempt. It counts attempts and, unless the operation streams its response, reads the
/// body inside the attempt, so a stalled or broken body is a failed (and, if idempotent, retried) attempt.
/// </summary>
internal sealed class AttemptTimeoutHandler : DelegatingHandler
{
    private readonly string _clientName;
    private readonly TimeSpan _timeout;
    private readonly TimeProvider _time;

    public AttemptTimeoutHandler(string clientName, TimeSpan timeout, TimeProvider time)
    {
        _clientName = clientName;
        _timeout = timeout;
        _time = time;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var state = HttpRequestMessageExtensions.GetState(request);
        state.Attempts++;
        var operation = request.GetOperation();
        AviationTelemetry.Attempts.Add(1, new KeyValuePair<string, object?>("aviationapis.client", _clientName), new KeyValuePair<string, object?>("aviationapis.operation", operation.Name));
        if (_timeout == Timeout.InfiniteTimeSpan)
        {
            return await SendAndBufferAsync(request, operation, cancellationToken).ConfigureAwait(false);
        }

        using var budget = new CancellationTokenSource(_timeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, budget.Token);
        try
        {
            return await SendAndBufferAsync(request, operation, linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException ex) when (budget.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new AviationTimeoutException(TimeoutBudget.Attempt, _timeout, ApiExceptionFactory.Details(request, null), ex);
        }
    }

    private async Task<HttpResponseMessage> SendAndBufferAsync(HttpRequestMessage request, ApiOperation operation, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (operation.StreamResponse)
        {
            return response;
        }

        try
        {
            await ResponseBuffer.LoadAsync(response, cancellationToken).ConfigureAwait(false);
            return response;
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }
}
