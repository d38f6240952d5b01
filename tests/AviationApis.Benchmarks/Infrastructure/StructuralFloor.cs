using AviationApis.Benchmarks.Payloads;
using Microsoft.Extensions.DependencyInjection;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;

namespace AviationApis.Benchmarks.Infrastructure;

/// <summary>
/// Child mode <c>--child alloc-floor</c>: what the architecture issue 2 prescribes costs before any of our code runs.
/// The Avinode contact call and the CargoAi search are made through stand-ins that do nothing but what the prescribed shape forces: a named
/// client from <see cref="IHttpClientFactory"/> per call, a per-request operation marker in
/// <see cref="HttpRequestMessage.Options"/>, one <see cref="DelegatingHandler"/> per stage (the four stages that must see
/// the response or its exception await it; signing does not), a Polly.Core retry and circuit breaker that execute once
/// and never retry, and the two finite timeout budgets (a <see cref="CancellationTokenSource"/> with
/// <see cref="CancellationTokenSource.CancelAfter(TimeSpan)"/> each). Layers are cumulative, so each difference is the
/// price of one prescribed element. Headers and deserialization are the raw floor's own code in every row. The real
/// pipeline and client follow, measured the same way.
/// </summary>
internal static class StructuralFloor
{
    private static readonly Uri SearchUri = new("https://api.cargoai.co/solutions/search");
    private static readonly HttpRequestOptionsKey<string> OperationKey = new("AviationApis.Operation");

    /// <summary>Runs the layers for both per-call scenarios and prints bytes per call.</summary>
    /// <returns>The exit code.</returns>
    public static int Run()
    {
        Console.WriteLine("Avinode person contact (GET, five headers)");
        Scenario(PayloadGenerator.AvinodeContact(), AvinodeCallAsync);
        var avinode = new PerCall.AvinodeContactPerCallBenchmarks();
        avinode.Setup();
        AllocationBreakdown.Report("AviationApis.Core pipeline", avinode.CorePipeline);
        AllocationBreakdown.Report("AviationApis.Avinode client", avinode.AvinodeClient);
        avinode.Cleanup();

        Console.WriteLine("CargoAi search (POST with a JSON body)");
        Scenario(PerCall.CargoAiSearchPerCallBenchmarks.Payload, CargoAiCallAsync);
        var cargo = new PerCall.CargoAiSearchPerCallBenchmarks();
        cargo.Setup();
        AllocationBreakdown.Report("AviationApis.Core pipeline", cargo.CorePipeline);
        AllocationBreakdown.Report("AviationApis.CargoAi client", cargo.CargoAiClient);
        cargo.Cleanup();
        return 0;
    }

    private static void Scenario(byte[] payload, Func<HttpClient, bool, Task> call)
    {
        var handler = new CannedResponseHandler(payload);
        using (var raw = new HttpClient(handler, disposeHandler: false))
        {
            AllocationBreakdown.Report("raw HttpClient + STJ", () => call(raw, false));
        }

        Layer(handler, call, "+ IHttpClientFactory client per call", marker: false, stages: false, polly: false, budgets: false);
        Layer(handler, call, "+ operation marker on the request", marker: true, stages: false, polly: false, budgets: false);
        Layer(handler, call, "+ one handler per stage (4 await)", marker: true, stages: true, polly: false, budgets: false);
        Layer(handler, call, "+ Polly retry and breaker, once", marker: true, stages: true, polly: true, budgets: false);
        Layer(handler, call, "+ total and attempt budgets", marker: true, stages: true, polly: true, budgets: true);
    }

    private static void Layer(CannedResponseHandler handler, Func<HttpClient, bool, Task> call, string name, bool marker, bool stages, bool polly, bool budgets)
    {
        var services = new ServiceCollection();
        var builder = services.AddHttpClient("Floor").ConfigurePrimaryHttpMessageHandler(() => handler);
        if (stages)
        {
            builder.AddHttpMessageHandler(() => new AwaitingStage(budgets ? TimeSpan.FromSeconds(100) : null));
            builder.AddHttpMessageHandler(() => new AwaitingStage(null));
            if (polly)
            {
                builder.AddHttpMessageHandler(() => new PollyStage(CreatePipeline()));
            }

            builder.AddHttpMessageHandler(() => new AwaitingStage(budgets ? TimeSpan.FromSeconds(30) : null));
            builder.AddHttpMessageHandler(() => new SynchronousStage());
            builder.AddHttpMessageHandler(() => new AwaitingStage(null));
        }

        using var provider = services.BuildServiceProvider();
        var factory = provider.GetRequiredService<IHttpClientFactory>();
        AllocationBreakdown.Report(name, () => call(factory.CreateClient("Floor"), marker));
    }

    private static async Task AvinodeCallAsync(HttpClient client, bool marker)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, AllocationBreakdown.ContactUri);
        Mark(request, marker, "Avinode.GetPersonContact");
        Credentials.AddAvinodeHeaders(request.Headers);
        await RawHttp.SendAsync(client, request, CamelCaseJsonContext.Instance.AvinodeContactEnvelope).ConfigureAwait(false);
    }

    private static async Task CargoAiCallAsync(HttpClient client, bool marker)
    {
        using var request = PerCall.CargoAiSearchPerCallBenchmarks.CreateRawRequest(SearchUri);
        Mark(request, marker, "CargoAi.Search");
        await RawHttp.SendAsync(client, request, CamelCaseJsonContext.Instance.CargoSearchResponse).ConfigureAwait(false);
    }

    private static void Mark(HttpRequestMessage request, bool marker, string operation)
    {
        if (marker)
        {
            request.Options.Set(OperationKey, operation);
        }
    }

    private static ResiliencePipeline<HttpResponseMessage> CreatePipeline() =>
        new ResiliencePipelineBuilder<HttpResponseMessage>()
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = 3,
                ShouldHandle = static _ => PredicateResult.False(),
            })
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpResponseMessage>
            {
                ShouldHandle = static _ => PredicateResult.False(),
            })
            .Build();

    /// <summary>A stage that awaits the response (as telemetry, timeouts and the rate-limit reader must), optionally under a budget.</summary>
    private sealed class AwaitingStage(TimeSpan? budget) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (budget is not { } timeout)
            {
                return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            }

            using var source = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            source.CancelAfter(timeout);
            return await base.SendAsync(request, source.Token).ConfigureAwait(false);
        }
    }

    /// <summary>A stage that only passes the request on (as a synchronous signer does).</summary>
    private sealed class SynchronousStage : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            base.SendAsync(request, cancellationToken);
    }

    /// <summary>Polly.Core around the inner stages, with a pooled context, as issue 2 prescribes for retry and breaker.</summary>
    private sealed class PollyStage(ResiliencePipeline<HttpResponseMessage> pipeline) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var context = ResilienceContextPool.Shared.Get(cancellationToken);
            try
            {
                return await pipeline.ExecuteAsync(
                    static (ctx, state) => new ValueTask<HttpResponseMessage>(state.Stage.SendInnerAsync(state.Request, ctx.CancellationToken)),
                    context,
                    (Stage: this, Request: request)).ConfigureAwait(false);
            }
            finally
            {
                ResilienceContextPool.Shared.Return(context);
            }
        }

        private Task<HttpResponseMessage> SendInnerAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            base.SendAsync(request, cancellationToken);
    }
}
