using System.Collections.Concurrent;
using System.Net;
using AviationApis.Core.Errors;
using Polly;
using Polly.CircuitBreaker;

namespace AviationApis.Core.Pipeline;

/// <summary>
/// Holds one circuit breaker per client registration for the lifetime of the container, so the circuit's state
/// survives <c>IHttpClientFactory</c>'s handler rotation.
/// </summary>
internal sealed class CircuitBreakerRegistry
{
    private readonly ConcurrentDictionary<string, ResiliencePipeline<HttpResponseMessage>> _breakers = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;

    public CircuitBreakerRegistry(TimeProvider time) => _time = time;

    public ResiliencePipeline<HttpResponseMessage> GetOrCreate(string clientName, AviationPipelineOptions options) =>
        _breakers.GetOrAdd(clientName, static (_, state) => Build(state.options, state.time), (options, time: _time));

    private static ResiliencePipeline<HttpResponseMessage> Build(AviationPipelineOptions options, TimeProvider time) =>
        new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = time }
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpResponseMessage>
            {
                FailureRatio = options.CircuitBreakerFailureRatio,
                MinimumThroughput = options.CircuitBreakerMinimumThroughput,
                SamplingDuration = options.CircuitBreakerSamplingDuration,
                BreakDuration = options.CircuitBreakerBreakDuration,
                ShouldHandle = static args => ValueTask.FromResult(IsServiceFailure(args.Outcome)),
            })
            .Build();

    /// <summary>What counts against the service's health: 5xx, 408, transport failures and attempt timeouts (not 4xx, not rate limits).</summary>
    private static bool IsServiceFailure(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Result: { } response } => response.StatusCode is HttpStatusCode.RequestTimeout or >= HttpStatusCode.InternalServerError,
        { Exception: HttpRequestException or IOException or AviationTimeoutException } => true,
        _ => false,
    };
}
