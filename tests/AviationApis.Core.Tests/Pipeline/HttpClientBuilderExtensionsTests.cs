using System.Net;
using AviationApis.Core.Http;
using AviationApis.Core.Pipeline;
using AviationApis.Core.RateLimits;
using AviationApis.Core.Redaction;
using AviationApis.Core.Signing;
using AviationApis.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using RichardSzalay.MockHttp;

namespace AviationApis.Core.Tests.Pipeline;

public sealed class HttpClientBuilderExtensionsTests
{
    private const string Name = "Chain";
    private static readonly Uri Base = new("http://127.0.0.1:5000/p/");

    [Fact]
    public void Null_arguments_are_refused()
    {
        var builder = new ServiceCollection().AddHttpClient(Name);

        Assert.Equal("builder", Assert.Throws<ArgumentNullException>(() => ((IHttpClientBuilder)null!).AddAviationPipeline(_ => Settings())).ParamName);
        Assert.Equal("settingsFactory", Assert.Throws<ArgumentNullException>(() => builder.AddAviationPipeline(null!)).ParamName);
    }

    [Fact]
    public void The_stages_run_in_order_over_a_primary_handler_that_does_not_follow_redirects()
    {
        using var services = Build(s => s.AddHttpClient(Name).AddAviationPipeline(_ => Settings(new StaticSigner())));

        var chain = Chain(services, out var handlers);

        Assert.Equal(
            [typeof(TelemetryHandler), typeof(ResilienceHandler), typeof(AttemptHandler), typeof(OriginCheckHandler), typeof(SigningHandler), typeof(RateLimitReaderHandler), typeof(SocketsHttpHandler)],
            chain);
        var primary = Assert.IsType<SocketsHttpHandler>(handlers[^1]);
        Assert.False(primary.AllowAutoRedirect);
        Assert.Equal(DecompressionMethods.All, primary.AutomaticDecompression);
        Assert.Equal(TimeSpan.FromMinutes(5), primary.PooledConnectionLifetime);
    }

    [Fact]
    public void Without_a_signer_there_is_no_signing_stage()
    {
        using var services = Build(s => s.AddHttpClient(Name).AddAviationPipeline(_ => Settings()));

        Assert.DoesNotContain(typeof(SigningHandler), Chain(services));
        Assert.Contains(typeof(OriginCheckHandler), Chain(services));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Foreign_resilience_handlers_are_removed_in_either_registration_order(bool defaultsFirst)
    {
        using var services = Build(s =>
        {
            if (defaultsFirst)
            {
                s.ConfigureHttpClientDefaults(b => b.AddStandardResilienceHandler());
            }

            s.AddHttpClient(Name).AddAviationPipeline(_ => Settings()).AddStandardResilienceHandler();
            if (!defaultsFirst)
            {
                s.ConfigureHttpClientDefaults(b => b.AddStandardResilienceHandler());
            }
        });

        var chain = Chain(services);

        Assert.Equal(typeof(ResilienceHandler), Assert.Single(chain, t => typeof(ResilienceHandler).IsAssignableFrom(t)));
        Assert.Equal(typeof(TelemetryHandler), chain[chain.IndexOf(typeof(ResilienceHandler)) - 1]);
        Assert.Equal(typeof(TelemetryHandler), chain[0]);
    }

    [Fact]
    public void Another_client_keeps_its_resilience_handler()
    {
        using var services = Build(s =>
        {
            s.AddHttpClient(Name).AddAviationPipeline(_ => Settings());
            s.AddHttpClient("Other").AddStandardResilienceHandler();
        });

        Assert.Contains(typeof(ResilienceHandler), Chain(services, "Other"));
    }

    [Fact]
    public void Registers_its_services_without_replacing_the_hosts()
    {
        var time = new SteppingTimeProvider();
        using var defaults = Build(s => s.AddHttpClient(Name).AddAviationPipeline(_ => Settings()));
        using var hosted = Build(s => s.AddSingleton<TimeProvider>(time).AddHttpClient(Name).AddAviationPipeline(_ => Settings()));

        Assert.Same(TimeProvider.System, defaults.GetRequiredService<TimeProvider>());
        Assert.Same(time, hosted.GetRequiredService<TimeProvider>());
        Assert.Same(defaults.GetRequiredService<RateLimitMonitor>(), defaults.GetRequiredService<RateLimitMonitor>());
        Assert.Same(defaults.GetRequiredService<AviationInstruments>(), defaults.GetRequiredService<AviationInstruments>());
        Assert.Equal(Timeout.InfiniteTimeSpan, defaults.GetRequiredService<IHttpClientFactory>().CreateClient(Name).Timeout);
    }

    [Fact]
    public async Task Only_the_pipeline_logs_the_call()
    {
        using var mock = new MockHttpMessageHandler();
        mock.When("*").Respond(HttpStatusCode.OK);
        using var services = Build(s => s.AddHttpClient(Name).AddAviationPipeline(_ => Settings()).ConfigurePrimaryHttpMessageHandler(() => mock));

        using var response = await services.GetRequiredService<IHttpClientFactory>().CreateClient(Name).GetAsync(new Uri(Base, "x"));

        var records = services.GetFakeLogCollector().GetSnapshot();
        Assert.Contains(records, r => r.Category == PipelineLog.Category);
        Assert.DoesNotContain(records, r => r.Category?.StartsWith("System.Net.Http.HttpClient", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task The_signers_secrets_are_redacted_from_logs_by_default()
    {
        var log = await LogOfOneCall(new StaticSigner("sig-secret-123"), redactor: null, "r-sig-secret-123");

        Assert.Contains("X-Request-Id: r-[REDACTED]", log, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("sig-secret-123", log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_configured_redactor_is_the_one_used()
    {
        var log = await LogOfOneCall(signer: null, new Redactor(["own-secret-456"]), "r-own-secret-456");

        Assert.Contains("X-Request-Id: r-[REDACTED]", log, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("own-secret-456", log, StringComparison.Ordinal);
    }

    private static async Task<string> LogOfOneCall(IRequestSigner? signer, Redactor? redactor, string requestId)
    {
        using var mock = new MockHttpMessageHandler();
        mock.When("*").Respond(HttpStatusCode.OK);
        using var services = Build(s => s.AddHttpClient(Name)
            .AddAviationPipeline(_ => Settings(signer, redactor))
            .ConfigurePrimaryHttpMessageHandler(() => mock));
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(Base, "x"));
        request.Headers.TryAddWithoutValidation("X-Request-Id", requestId);

        using var response = await services.GetRequiredService<IHttpClientFactory>().CreateClient(Name).SendAsync(request);

        return string.Join("\n", services.GetFakeLogCollector().GetSnapshot().Select(r => r.Message));
    }

    private static AviationPipelineSettings Settings(IRequestSigner? signer = null, Redactor? redactor = null) => new()
    {
        Redactor = redactor,
        ClientName = Name,
        AllowedBaseAddresses = [Base],
        Options = new AviationPipelineOptions { AttemptTimeout = Timeout.InfiniteTimeSpan, MaxRetryAttempts = 0 },
        Signer = signer,
    };

    private static ServiceProvider Build(Action<IServiceCollection> register)
    {
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddFakeLogging());
        register(services);
        return services.BuildServiceProvider();
    }

    private static List<Type> Chain(IServiceProvider services, string name = Name) => Chain(services, out _, name);

    // The handlers under the factory's lifetime wrapper, outermost first, down to the primary handler.
    private static List<Type> Chain(IServiceProvider services, out List<HttpMessageHandler> handlers, string name = Name)
    {
        handlers = [];
        var handler = ((DelegatingHandler)services.GetRequiredService<IHttpMessageHandlerFactory>().CreateHandler(name)).InnerHandler;
        while (handler is not null)
        {
            handlers.Add(handler);
            handler = (handler as DelegatingHandler)?.InnerHandler;
        }

        return handlers.ConvertAll(h => h.GetType());
    }

    private sealed class StaticSigner(params string[] secrets) : IRequestSigner
    {
        public IEnumerable<string?> Secrets => secrets;

        public ValueTask SignAsync(HttpRequestMessage request, CancellationToken cancellationToken) => ValueTask.CompletedTask;
    }
}
