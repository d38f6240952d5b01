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
    private readonly AviationInstruments _instruments;

    public AttemptTimeoutHandler(string clientName, TimeSpan timeout, TimeProvider time, AviationInstruments instruments)
    {
        _instruments = instruments;
        _clientName = clientName;
        _timeout = timeout;
        _time = time;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var state = HttpRequestMessageExtensions.GetState(request);
        state.Attempts++;
        var operation = state.Operation ?? ApiOperation.Unnamed(request.Method);
        _instruments.Attempts.Add(1, new KeyValuePair<string, object?>("aviationapis.client", _clientName), new KeyValuePair<string, object?>("aviationapis.operation", operation.Name));

        // One async method for send + buffer (one state machine per attempt); the budget is created only when finite.
        CancellationTokenSource? clockSource = null;
        var budget = _timeout == Timeout.InfiniteTimeSpan ? null : BudgetTokenSource.Create(_timeout, _time, cancellationToken, out clockSource);
        try
        {
            var token = budget?.Token ?? cancellationToken;
            var response = await base.SendAsync(request, token).ConfigureAwait(false);
            if (operation.StreamResponse)
            {
                return response;
            }

            try
            {
                await ResponseBuffer.LoadAsync(response, token).ConfigureAwait(false);
                return response;
            }
            catch
            {
                response.Dispose();
                throw;
            }
        }
        catch (OperationCanceledException ex) when (budget is not null && budget.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new AviationTimeoutException(TimeoutBudget.Attempt, _timeout, ApiExceptionFactory.Details(request, null), ex);
        }
        finally
        {
            budget?.Dispose();
            clockSource?.Dispose();
        }
    }
}
