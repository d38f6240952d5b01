using System.Diagnostics.Metrics;
using System.Net;
using AviationApis.Core.Http;
using AviationApis.Core.RateLimits;
using AviationApis.Core.Redaction;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace AviationApis.Core.Pipeline;

/// <summary>Attaches the AviationApis pipeline to a named <c>HttpClient</c>.</summary>
public static class HttpClientBuilderExtensions
{
    /// <summary>
    /// Adds the pipeline stages, outermost first: telemetry and logging, total timeout, retry, circuit breaker,
    /// attempt timeout, origin check (pins every attempt and redirect hop to
    /// <see cref="AviationPipelineSettings.AllowedBaseAddresses"/> and follows only redirects within them), signing,
    /// rate-limit reader. Sets <see cref="HttpClient.Timeout"/> to infinite (only the
    /// pipeline's budgets fire) and a <see cref="SocketsHttpHandler"/> with automatic decompression and without automatic
    /// redirects as the primary handler (replace it after this call, e.g. with a sandbox handler, with
    /// <c>ConfigurePrimaryHttpMessageHandler</c>; a replacement must not follow redirects itself, or its answers from a
    /// foreign origin are refused).
    /// The factory's own request logging is removed: the telemetry stage logs through its allow-list and redactor.
    /// Resilience handlers the host adds for every client (<c>ConfigureHttpClientDefaults(b =&gt; b.AddStandardResilienceHandler())</c>,
    /// as in the .NET Aspire service defaults) are removed from this client, in either registration order: its own
    /// retry stage decides per operation what may be sent again.
    /// Time comes from the <see cref="TimeProvider"/> registered in the container (<see cref="TimeProvider.System"/> by default).
    /// </summary>
    /// <param name="builder">The client builder.</param>
    /// <param name="settingsFactory">Builds the client's settings; called each time the handler chain is (re)built.</param>
    /// <returns>The builder, for chaining.</returns>
    public static IHttpClientBuilder AddAviationPipeline(this IHttpClientBuilder builder, Func<IServiceProvider, AviationPipelineSettings> settingsFactory)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(settingsFactory);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton<RateLimitMonitor>();
        builder.Services.TryAddSingleton(static sp => AviationTelemetry.CreateInstruments(sp.GetService<IMeterFactory>()));
        builder.Services.TryAddSingleton<CircuitBreakerRegistry>();
        builder.ConfigureHttpClient(client => client.Timeout = Timeout.InfiniteTimeSpan);

        // The telemetry stage is the one logger of these calls: its allow-list and redactor decide what is written.
        builder.RemoveAllLoggers();

        // Our retry stage knows which operations may be sent twice; a host-wide resilience handler (e.g. the Aspire
        // service defaults' AddStandardResilienceHandler in ConfigureHttpClientDefaults) does not, and would re-send
        // bookings. A post-configure action runs after every configure action, whatever order the host registered
        // them in, so it sees (and removes) every resilience handler added to this client. The handlers are matched by
        // type name: Core does not take a dependency on Microsoft.Extensions.Http.Resilience to recognise them.
        builder.Services.PostConfigure<HttpClientFactoryOptions>(builder.Name, static options =>
            options.HttpMessageHandlerBuilderActions.Add(static b => RemoveResilienceHandlers(b.AdditionalHandlers)));
        builder.ConfigurePrimaryHttpMessageHandler(static () => new SocketsHttpHandler
        {
            AutomaticDecompression = DecompressionMethods.All,
            AllowAutoRedirect = false,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        });
        builder.ConfigureAdditionalHttpMessageHandlers((handlers, services) =>
        {
            foreach (var handler in CreateStages(settingsFactory(services), services))
            {
                handlers.Add(handler);
            }
        });
        return builder;
    }

    private static void RemoveResilienceHandlers(IList<DelegatingHandler> handlers)
    {
        for (var i = handlers.Count - 1; i >= 0; i--)
        {
            if (IsResilienceHandler(handlers[i]))
            {
                handlers.RemoveAt(i);
            }
        }
    }

    // Microsoft.Extensions.Http.Resilience's handler (AddResilienceHandler, AddStandardResilienceHandler,
    // AddStandardHedgingHandler), or a subclass of it.
    private static bool IsResilienceHandler(DelegatingHandler handler)
    {
        for (var type = handler.GetType(); type is not null; type = type.BaseType)
        {
            if (type.FullName == "Microsoft.Extensions.Http.Resilience.ResilienceHandler")
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<DelegatingHandler> CreateStages(AviationPipelineSettings settings, IServiceProvider services)
    {
        var time = services.GetRequiredService<TimeProvider>();
        var logger = (services.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance).CreateLogger(PipelineLog.Category);
        var options = settings.Options;
        var redactor = settings.Redactor ?? new Redactor(settings.Signer?.Secrets ?? []);
        var instruments = services.GetRequiredService<AviationInstruments>();
        yield return new TelemetryHandler(settings.ClientName, options, redactor, logger, time, instruments);
        yield return new TotalTimeoutHandler(options.TotalTimeout, time);
        // Retry and circuit breaker share one Polly pipeline: the breaker wraps each attempt inside the retry.
        var breaker = options.CircuitBreakerEnabled ? services.GetRequiredService<CircuitBreakerRegistry>().GetOrCreate(settings.ClientName, options) : null;
        yield return new RetryHandler(settings.ClientName, options, time, logger, instruments, breaker);

        yield return new AttemptTimeoutHandler(settings.ClientName, options.AttemptTimeout, time, instruments);
        yield return new OriginCheckHandler(new OriginPolicy(settings.AllowedBaseAddresses));
        if (settings.Signer is not null)
        {
            yield return new SigningHandler(settings.Signer);
        }

        yield return new RateLimitReaderHandler(settings.ClientName, services.GetRequiredService<RateLimitMonitor>(), time, instruments);
    }
}
