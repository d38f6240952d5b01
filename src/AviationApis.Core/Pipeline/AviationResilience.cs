using System.Net;
using AviationApis.Core.Errors;
using AviationApis.Core.Http;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace AviationApis.Core.Pipeline;

/// <summary>
/// The resilience stages of one client, as a Microsoft.Extensions.Http.Resilience pipeline (<c>AddResilienceHandler</c>),
/// outermost first: total timeout, retry, circuit breaker, attempt timeout. The pipeline lives in the package's
/// registry under the client's name for the container's lifetime, so the breaker's state survives the handler
/// rotation of <c>IHttpClientFactory</c>. Polly's own telemetry is off: the telemetry stage is the one reporter.
/// </summary>
internal static class AviationResilience
{
    /// <summary>The pipeline's name; the package keys it as <c>{client name}-aviationapis</c>.</summary>
    public const string PipelineName = "aviationapis";

    /// <summary>The total timeout strategy's name: a <see cref="TimeoutRejectedException"/> from it is the total budget.</summary>
    public const string TotalTimeoutName = "AviationApis.TotalTimeout";

    private const string AttemptTimeoutName = "AviationApis.AttemptTimeout";

    private static readonly ResiliencePropertyKey<TimeSpan> DelayKey = new("AviationApis.RetryDelay");

    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, AviationPipelineSettings settings, TimeProvider time, ILogger logger, AviationInstruments instruments)
    {
        var options = settings.Options;
        builder.TimeProvider = time;
        builder.TelemetryListener = null;

        // Timeouts through generators: the strategy's own Timeout property only accepts 10 ms to 24 h, our options any
        // positive budget (infinite: no strategy).
        if (options.TotalTimeout != Timeout.InfiniteTimeSpan)
        {
            var total = options.TotalTimeout;
            builder.AddTimeout(new TimeoutStrategyOptions
            {
                Name = TotalTimeoutName,
                TimeoutGenerator = args =>
                {
                    // The retry stage takes a wait only if it ends before this deadline.
                    if (args.Context.GetRequestMessage() is { } request)
                    {
                        HttpRequestMessageExtensions.GetState(request).Deadline = time.GetUtcNow() + total;
                    }

                    return ValueTask.FromResult(total);
                },
            });
        }

        if (options.MaxRetryAttempts > 0)
        {
            var retry = new Retry(settings.ClientName, options, time, logger, instruments);
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                Name = "AviationApis.Retry",
                MaxRetryAttempts = options.MaxRetryAttempts,
                ShouldHandle = retry.ShouldRetryAsync,
                DelayGenerator = static args => ValueTask.FromResult<TimeSpan?>(args.Context.Properties.GetValue(DelayKey, TimeSpan.Zero)),
                OnRetry = retry.OnRetryAsync,
            });
        }

        if (options.CircuitBreakerEnabled)
        {
            builder.AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpResponseMessage>
            {
                Name = "AviationApis.CircuitBreaker",
                FailureRatio = options.CircuitBreakerFailureRatio,
                MinimumThroughput = options.CircuitBreakerMinimumThroughput,
                SamplingDuration = options.CircuitBreakerSamplingDuration,
                BreakDuration = options.CircuitBreakerBreakDuration,
                ShouldHandle = static args => ValueTask.FromResult(IsServiceFailure(args.Outcome)),
            });
        }

        if (options.AttemptTimeout != Timeout.InfiniteTimeSpan)
        {
            var attempt = options.AttemptTimeout;
            builder.AddTimeout(new TimeoutStrategyOptions { Name = AttemptTimeoutName, TimeoutGenerator = _ => ValueTask.FromResult(attempt) });
        }
    }

    /// <summary>
    /// The typed error for what the resilience stages threw: a budget that ran out, an open circuit, a transport failure.
    /// Anything else (the caller's cancellation, typed errors of inner stages) is returned as it is.
    /// </summary>
    public static Exception Translate(Exception ex, HttpRequestMessage request, AviationPipelineOptions options, CancellationToken callerToken) => ex switch
    {
        TimeoutRejectedException timeout when timeout.TelemetrySource?.StrategyName == TotalTimeoutName =>
            new AviationTimeoutException(TimeoutBudget.Total, options.TotalTimeout, ApiExceptionFactory.Details(request, null), ex),
        TimeoutRejectedException => new AviationTimeoutException(TimeoutBudget.Attempt, options.AttemptTimeout, ApiExceptionFactory.Details(request, null), ex),
        BrokenCircuitException broken => new CircuitOpenException(
            broken.RetryAfter is { } wait ? $"The circuit is open; the call was not sent (retry after {wait.TotalSeconds:0.#} s)" : "The circuit is open; the call was not sent",
            ApiExceptionFactory.Details(request, null),
            ex),
        HttpRequestException or IOException when !callerToken.IsCancellationRequested =>
            new ServiceFailureException(TransportFailure.Describe(ex), ApiExceptionFactory.Details(request, null), ex),
        _ => ex,
    };

    /// <summary>
    /// What counts against the service's health: 5xx, 408, transport failures and attempt timeouts (not 4xx, not rate
    /// limits, and not a failure of the token source that signs the call, which its own breaker counts).
    /// </summary>
    internal static bool IsServiceFailure(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Result: { } response } => response.StatusCode is HttpStatusCode.RequestTimeout or >= HttpStatusCode.InternalServerError,
        { Exception: AviationApiException { FromTokenSource: true } } => false,
        { Exception: HttpRequestException or IOException or AviationTimeoutException or TimeoutRejectedException } => true,
        _ => false,
    };

    /// <summary>
    /// The retry strategy's decisions, classified by <see cref="RetryClassifier"/>. Back-off is exponential with optional
    /// jitter; a server-requested wait (<c>Retry-After</c>, <c>X-Rate-Limit-Reset</c>) replaces it. A wait that would end
    /// after the total budget's deadline is not taken: the last answer is returned (and becomes a typed error) at once.
    /// </summary>
    private sealed class Retry(string clientName, AviationPipelineOptions options, TimeProvider time, ILogger logger, AviationInstruments instruments)
    {
        public ValueTask<bool> ShouldRetryAsync(RetryPredicateArguments<HttpResponseMessage> args)
        {
            var request = args.Context.GetRequestMessage()!;
            var operation = request.GetOperation();
            var reason = RetryClassifier.RetryReason(args.Outcome, operation.Idempotency);
            if (reason is null || args.Context.CancellationToken.IsCancellationRequested)
            {
                return ValueTask.FromResult(false);
            }

            var now = time.GetUtcNow();
            var delay = RetryClassifier.ServerRequestedDelay(args.Outcome.Result, now) ?? Backoff(args.AttemptNumber);
            var deadline = HttpRequestMessageExtensions.TryGetState(request)?.Deadline;
            if (deadline is { } end && now + delay >= end)
            {
                PipelineLog.WaitExceedsBudget(logger, operation.Name, reason, delay.TotalMilliseconds);
                return ValueTask.FromResult(false);
            }

            args.Context.Properties.Set(DelayKey, delay);
            return ValueTask.FromResult(true);
        }

        public ValueTask OnRetryAsync(OnRetryArguments<HttpResponseMessage> args)
        {
            var operation = args.Context.GetRequestMessage()!.GetOperation();
            var reason = RetryClassifier.RetryReason(args.Outcome, operation.Idempotency) ?? "retry";
            instruments.Retries.Add(1, new KeyValuePair<string, object?>("aviationapis.client", clientName), new KeyValuePair<string, object?>("aviationapis.operation", operation.Name));
            PipelineLog.Retrying(logger, operation.Name, args.AttemptNumber + 1, reason, args.RetryDelay.TotalMilliseconds);

            // The failed answer is not disposed here: Polly's retry strategy disposes the replaced result right after this callback.
            return ValueTask.CompletedTask;
        }

        private TimeSpan Backoff(int attemptNumber)
        {
            var exponential = options.RetryBaseDelay.TotalMilliseconds * Math.Pow(2, Math.Min(attemptNumber, 30));
            var capped = Math.Min(exponential, options.RetryMaxDelay.TotalMilliseconds);
            if (options.UseJitter)
            {
                // Full-range jitter between 50% and 100% of the capped delay.
                capped *= 0.5 + (Random.Shared.NextDouble() * 0.5);
            }

            return TimeSpan.FromMilliseconds(capped);
        }
    }
}
