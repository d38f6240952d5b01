using System.Globalization;
using AviationApis.Benchmarks.Payloads;
using AviationApis.Core.Http;
using AviationApis.Core.Pipeline;
using AviationApis.Core.Signing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AviationApis.Benchmarks.Infrastructure;

/// <summary>
/// Child mode <c>--child alloc</c>: the profiling aid behind docs/benchmarks.md. Bytes allocated per Avinode contact
/// call (all threads, precise) for the raw floor and for the pipeline with stages switched off one by one, so the
/// cost of each stage can be read as a difference. Allocation counts are deterministic, unlike times on a shared box.
/// </summary>
internal static class AllocationBreakdown
{
    private const int Calls = 20_000;
    /// <summary>The contact every Avinode probe reads.</summary>
    internal static readonly Uri ContactUri = new("https://sandbox.avinode.com/api/contacts/people/contact-123456789");
    private static readonly ApiOperation GetContact = new("Avinode.GetPersonContact", Idempotency.Idempotent);

    public static int Run()
    {
        var handler = new CannedResponseHandler(PayloadGenerator.AvinodeContact());
        using (var raw = new HttpClient(handler, disposeHandler: false))
        using (var sampler = new AllocationSampler())
        {
            sampler.Start();
            Report("raw HttpClient + STJ", async () =>
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, ContactUri);
                Credentials.AddAvinodeHeaders(request.Headers);
                await RawHttp.SendAsync(raw, request, CamelCaseJsonContext.Instance.AvinodeContactEnvelope).ConfigureAwait(false);
            });
            sampler.Stop();
            sampler.Print(12);
        }

        using (var sampler = new AllocationSampler())
        {
            sampler.Start();
            Variant(handler, "pipeline, defaults (sampled)", _ => { }, logging: true);
            sampler.Stop();
            sampler.Print(40);
        }

        Variant(handler, "pipeline, defaults", _ => { }, logging: true);
        Variant(handler, "  - logging provider", _ => { }, logging: false);
        Variant(handler, "  - attempt timeout", o => o.AttemptTimeout = Timeout.InfiniteTimeSpan, logging: true);
        Variant(handler, "  - both timeouts", o => (o.AttemptTimeout, o.TotalTimeout) = (Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan), logging: true);
        Variant(handler, "  - retry", o => o.MaxRetryAttempts = 0, logging: true);
        Variant(handler, "  - circuit breaker", o => o.CircuitBreakerEnabled = false, logging: true);
        Variant(handler, "  - timeouts, retry, breaker", o =>
        {
            (o.AttemptTimeout, o.TotalTimeout) = (Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            o.MaxRetryAttempts = 0;
            o.CircuitBreakerEnabled = false;
        }, logging: false);
        return 0;
    }

    /// <summary>Mode <c>--child alloc-clients</c>: bytes per call and a sampled type profile of the real clients.</summary>
    /// <returns>The exit code.</returns>
    public static int RunClients()
    {
        var avinode = new PerCall.AvinodeContactPerCallBenchmarks();
        avinode.Setup();
        Sampled("Avinode client GetPersonAsync", async () => await avinode.AvinodeClient().ConfigureAwait(false));
        avinode.Cleanup();
        var cargo = new PerCall.CargoAiSearchPerCallBenchmarks();
        cargo.Setup();
        Sampled("CargoAi client SearchAsync", async () => await cargo.CargoAiClient().ConfigureAwait(false));
        cargo.Cleanup();
        return 0;
    }

    private static void Sampled(string name, Func<Task> call)
    {
        using var sampler = new AllocationSampler();
        sampler.Start();
        Report(name, call);
        sampler.Stop();
        sampler.Print(25);
    }

    /// <summary>The contenders of the stage breakdown, as calls (for the interleaved time probe).</summary>
    public static (string Name, Func<Task> Call, IDisposable Owner)[] StageVariants()
    {
        var handler = new CannedResponseHandler(PayloadGenerator.AvinodeContact());
        var raw = new HttpClient(handler, disposeHandler: false);
        var list = new List<(string, Func<Task>, IDisposable)>
        {
            ("raw HttpClient + STJ", async () =>
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, ContactUri);
                Credentials.AddAvinodeHeaders(request.Headers);
                await RawHttp.SendAsync(raw, request, CamelCaseJsonContext.Instance.AvinodeContactEnvelope).ConfigureAwait(false);
            }, raw),
        };
        list.Add(Host(handler, "pipeline, defaults", _ => { }, logging: true));
        list.Add(Host(handler, "  - logging provider", _ => { }, logging: false));
        list.Add(Host(handler, "  - both timeouts", o => (o.AttemptTimeout, o.TotalTimeout) = (Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan), logging: true));
        list.Add(Host(handler, "  - retry", o => o.MaxRetryAttempts = 0, logging: true));
        list.Add(Host(handler, "  - circuit breaker", o => o.CircuitBreakerEnabled = false, logging: true));
        list.Add(Host(handler, "  - timeouts, retry, breaker, logging", o =>
        {
            (o.AttemptTimeout, o.TotalTimeout) = (Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            o.MaxRetryAttempts = 0;
            o.CircuitBreakerEnabled = false;
        }, logging: false));
        return [.. list];
    }

    private static (string, Func<Task>, IDisposable) Host(HttpMessageHandler handler, string name, Action<AviationPipelineOptions> configure, bool logging)
    {
        var services = new ServiceCollection();
        if (logging)
        {
            services.AddLogging(b => b.SetMinimumLevel(LogLevel.Information).AddProvider(new NoOpLoggerProvider()));
        }

        var options = new AviationPipelineOptions();
        configure(options);
        services.AddHttpClient("Avinode")
            .AddAviationPipeline(sp => new AviationPipelineSettings { ClientName = "Avinode", AllowedBaseAddresses = [new Uri(ContactUri, "/api/")], Options = options, Signer = Credentials.AvinodeSigner(TimeProvider.System) })
            .ConfigurePrimaryHttpMessageHandler(() => handler);
        var provider = services.BuildServiceProvider();
        var factory = provider.GetRequiredService<IHttpClientFactory>();
        return (name, async () =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, ContactUri).SetOperation(GetContact);
            using var response = await factory.CreateClient("Avinode").SendAsync(request, HttpCompletionOption.ResponseHeadersRead).ConfigureAwait(false);
            await ApiResponses.ReadJsonAsync(response, CamelCaseJsonContext.Instance.AvinodeContactEnvelope, null, CancellationToken.None).ConfigureAwait(false);
        }, provider);
    }

    private static void Variant(HttpMessageHandler handler, string name, Action<AviationPipelineOptions> configure, bool logging)
    {
        var services = new ServiceCollection();
        if (logging)
        {
            services.AddLogging(b => b.SetMinimumLevel(LogLevel.Information).AddProvider(new NoOpLoggerProvider()));
        }

        var options = new AviationPipelineOptions();
        configure(options);
        services.AddHttpClient("Avinode")
            .AddAviationPipeline(sp => new AviationPipelineSettings { ClientName = "Avinode", AllowedBaseAddresses = [new Uri(ContactUri, "/api/")], Options = options, Signer = Credentials.AvinodeSigner(TimeProvider.System) })
            .ConfigurePrimaryHttpMessageHandler(() => handler);
        using var provider = services.BuildServiceProvider();
        var factory = provider.GetRequiredService<IHttpClientFactory>();
        Report(name, async () =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, ContactUri).SetOperation(GetContact);
            using var response = await factory.CreateClient("Avinode").SendAsync(request, HttpCompletionOption.ResponseHeadersRead).ConfigureAwait(false);
            await ApiResponses.ReadJsonAsync(response, CamelCaseJsonContext.Instance.AvinodeContactEnvelope, null, CancellationToken.None).ConfigureAwait(false);
        });
    }

    /// <summary>Prints bytes allocated per call (all threads, precise) after a warm-up.</summary>
    /// <param name="name">The row name.</param>
    /// <param name="call">One call.</param>
    internal static void Report(string name, Func<Task> call)
    {
        for (var i = 0; i < 2_000; i++)
        {
            call().GetAwaiter().GetResult();
        }

        var before = GC.GetTotalAllocatedBytes(precise: true);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        for (var i = 0; i < Calls; i++)
        {
            call().GetAwaiter().GetResult();
        }

        watch.Stop();
        var perCall = (GC.GetTotalAllocatedBytes(precise: true) - before) / (double)Calls;
        var micros = watch.Elapsed.TotalMicroseconds / Calls;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-32} {perCall,8:0} B/call {micros,8:0.0} us/call (indicative)"));
    }
}
