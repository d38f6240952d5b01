using AviationApis.Core.Errors;
using AviationApis.Core.Http;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;

namespace AviationApis.Core.Pipeline;

/// <summary>
/// Stage 3: retries on Polly.Core, classified by <see cref="RetryClassifier"/>. Back-off is exponential with optional
/// jitter; a server-requested wait (<c>Retry-After</c>, <c>X-Rate-Limit-Reset</c>) replaces it. A wait that would end
/// after the total budget's deadline is not taken: the last answer is returned (and becomes a typed error) at once.
/// The request body is buffered before the first attempt, so every attempt sends it complete.
/// Stage 4, the client's circuit breaker, runs inside the same Polly pipeline around each attempt (one pipeline
/// execution and one handler less per call than a separate stage); an open circuit becomes
/// <see cref="CircuitOpenException"/> here and is never retried.
/// </summary>
internal sealed class RetryHandler : DelegatingHandler
{
    private static readonly ResiliencePropertyKey<HttpRequestMessage> RequestKey = new("AviationApis.Request");
    private static readonly ResiliencePropertyKey<TimeSpan> DelayKey = new("AviationApis.RetryDelay");

    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;
    private readonly AviationPipelineOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly string _clientName;
    private readonly AviationInstruments _instruments;

    public RetryHandler(string clientName, AviationPipelineOptions options, TimeProvider time, ILogger logger, AviationInstruments instruments, ResiliencePipeline<HttpResponseMessage>? circuitBreaker = null)
    {
        _instruments = instruments;
        _clientName = clientName;
        _options = options;
        _time = time;
        _logger = logger;
        if (options.MaxRetryAttempts == 0)
        {
            _pipeline = circuitBreaker ?? ResiliencePipeline<HttpResponseMessage>.Empty;
            return;
        }

        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = options.MaxRetryAttempts,
                ShouldHandle = ShouldRetryAsync,
                DelayGenerator = static args => ValueTask.FromResult<TimeSpan?>(args.Context.Properties.GetValue(DelayKey, TimeSpan.Zero)),
                OnRetry = OnRetryAsync,
            });
        if (circuitBreaker is not null)
        {
            // The shared breaker instance (its state lives in CircuitBreakerRegistry), inside the retry: per attempt.
            builder.AddPipeline(circuitBreaker);
        }

        _pipeline = builder.Build();
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        // Byte-array contents (JsonRequestContent, StringContent) can already be sent again; buffering would copy them.
        if (request.Content is not null and not (ByteArrayContent or ReadOnlyMemoryContent) && _options.MaxRetryAttempts > 0)
        {
            await request.Content.LoadIntoBufferAsync().ConfigureAwait(false);
        }

        var context = ResilienceContextPool.Shared.Get(request.GetOperation().Name, cancellationToken);
        try
        {
            context.Properties.Set(RequestKey, request);
            return await _pipeline.ExecuteAsync(
                static (ctx, handler) => new ValueTask<HttpResponseMessage>(handler.SendAttemptAsync(ctx)),
                context,
                this).ConfigureAwait(false);
        }
        catch (BrokenCircuitException ex)
        {
            throw new CircuitOpenException(
                ex.RetryAfter is { } wait ? $"The circuit is open; the call was not sent (retry after {wait.TotalSeconds:0.#} s)" : "The circuit is open; the call was not sent",
                ApiExceptionFactory.Details(request, null),
                ex);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private Task<HttpResponseMessage> SendAttemptAsync(ResilienceContext context) =>
        base.SendAsync(context.Properties.GetValue(RequestKey, null!), context.CancellationToken);

    private ValueTask<bool> ShouldRetryAsync(RetryPredicateArguments<HttpResponseMessage> args)
    {
        var request = args.Context.Properties.GetValue(RequestKey, null!);
        var operation = request.GetOperation();
        var reason = RetryClassifier.RetryReason(args.Outcome, operation.Idempotency);
        if (reason is null || args.Context.CancellationToken.IsCancellationRequested)
        {
            return ValueTask.FromResult(false);
        }

        var now = _time.GetUtcNow();
        var delay = RetryClassifier.ServerRequestedDelay(args.Outcome.Result, now) ?? Backoff(args.AttemptNumber);
        var deadline = HttpRequestMessageExtensions.TryGetState(request)?.Deadline;
        if (deadline is { } end && now + delay >= end)
        {
            PipelineLog.WaitExceedsBudget(_logger, operation.Name, reason, delay.TotalMilliseconds);
            return ValueTask.FromResult(false);
        }

        args.Context.Properties.Set(DelayKey, delay);
        return ValueTask.FromResult(true);
    }

    private ValueTask OnRetryAsync(OnRetryArguments<HttpResponseMessage> args)
    {
        var request = args.Context.Properties.GetValue(RequestKey, null!);
        var operation = request.GetOperation();
        var reason = RetryClassifier.RetryReason(args.Outcome, operation.Idempotency) ?? "retry";
        _instruments.Retries.Add(1, new KeyValuePair<string, object?>("aviationapis.client", _clientName), new KeyValuePair<string, object?>("aviationapis.operation", operation.Name));
        PipelineLog.Retrying(_logger, operation.Name, args.AttemptNumber + 1, reason, args.RetryDelay.TotalMilliseconds);
        args.Outcome.Result?.Dispose();
        return ValueTask.CompletedTask;
    }

    private TimeSpan Backoff(int attemptNumber)
    {
        var exponential = _options.RetryBaseDelay.TotalMilliseconds * Math.Pow(2, Math.Min(attemptNumber, 30));
        var capped = Math.Min(exponential, _options.RetryMaxDelay.TotalMilliseconds);
        if (_options.UseJitter)
        {
            // Full-range jitter between 50% and 100% of the capped delay.
            capped *= 0.5 + (Random.Shared.NextDouble() * 0.5);
        }

        return TimeSpan.FromMilliseconds(capped);
    }
}
