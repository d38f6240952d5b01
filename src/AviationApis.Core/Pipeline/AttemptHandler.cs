using AviationApis.Core.Http;

namespace AviationApis.Core.Pipeline;

/// <summary>
/// The first stage inside the resilience handler, so it runs once per attempt within the attempt timeout: it counts
/// attempts and, unless the operation streams its response, reads the body inside the attempt, so a stalled or broken
/// body is a failed (and, if idempotent, retried) attempt.
/// </summary>
internal sealed class AttemptHandler : DelegatingHandler
{
    private readonly string _clientName;
    private readonly AviationInstruments _instruments;

    public AttemptHandler(string clientName, AviationInstruments instruments)
    {
        _clientName = clientName;
        _instruments = instruments;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var state = HttpRequestMessageExtensions.GetState(request);
        state.Attempts++;
        var operation = state.Operation ?? ApiOperation.Unnamed(request.Method);
        _instruments.Attempts.Add(1, new KeyValuePair<string, object?>("aviationapis.client", _clientName), new KeyValuePair<string, object?>("aviationapis.operation", operation.Name));

        // One async method for send + buffer (one state machine per attempt). The token is the attempt's budget.
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
