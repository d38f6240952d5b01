using AviationApis.Core.Errors;
using Polly;
using Polly.CircuitBreaker;

namespace AviationApis.Core.Pipeline;

/// <summary>Stage 4: fails fast with <see cref="CircuitOpenException"/> while the client's circuit is open.</summary>
internal sealed class CircuitBreakerHandler : DelegatingHandler
{
    private readonly ResiliencePipeline<HttpResponseMessage> _breaker;

    public CircuitBreakerHandler(ResiliencePipeline<HttpResponseMessage> breaker) => _breaker = breaker;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            return await _breaker.ExecuteAsync(
                static (state, token) => new ValueTask<HttpResponseMessage>(state.handler.SendInnerAsync(state.request, token)),
                (handler: this, request),
                cancellationToken).ConfigureAwait(false);
        }
        catch (BrokenCircuitException ex)
        {
            var details = ApiExceptionFactory.Details(request, null);
            throw new CircuitOpenException(
                ex.RetryAfter is { } wait ? $"The circuit is open; the call was not sent (retry after {wait.TotalSeconds:0.#} s)" : "The circuit is open; the call was not sent",
                details,
                ex);
        }
    }

    private Task<HttpResponseMessage> SendInnerAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        base.SendAsync(request, cancellationToken);
}
