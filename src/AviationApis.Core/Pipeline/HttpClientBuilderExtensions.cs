using System.Diagnostics.Metrics;
using System.Net;
using AviationApis.Core.Http;
using AviationApis.Core.RateLimits;
using AviationApis.Core.Redaction;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace AviationApis.Core.Pipeline;

/// <summary>Attaches the AviationApis pipeline to a named <c>HttpClient</c>.</summary>
public static class HttpClientBuilderExtensions
{
    /// <summary>
    /// Adds the pipeline stages, outermost first: telemetry and logging (a <see cref="DelegatingHandler"/> that also turns
    /// what the resilience stages throw into typed errors); then one Microsoft.Extensions.Http.Resilience handler
    /// (<c>AddResilienceHandler</c>, pipeline <c>{client name}-aviationapis</c>) with total timeout, retry, circuit breaker
    /// and attempt timeout; then, once per attempt, <see cref="DelegatingHandler"/>s for attempt counting and response-body
    /// buffering, the origin check (pins every attempt and redirect hop to
    /// <see cref="AviationPipelineSettings.AllowedBaseAddresses"/> and follows only redirects within them), signing and the
    /// rate-limit reader. Sets <see cref="HttpClient.Timeout"/> to infinite (only the
    /// pipeline's budgets fire) and a <see cref="SocketsHttpHandler"/> with automatic decompression and without automatic
    /// redirects as the primary handler (replace it after this call, e.g. with a sandbox handler, with
    /// <c>ConfigurePrimaryHttpMessageHandler</c>; a replacement must not follow redirects itself, or its answers from a
    /// foreign origin are refused).
    /// The factory's own request logging is removed: the telemetry stage logs through its allow-list and redactor.
    /// Resilience handlers the host adds for every client (<c>ConfigureHttpClientDefaults(b =&gt; b.AddStandardResilienceHandler())</c>,
    /// as in the .NET Aspire service defaults), or that are added to this builder later, are removed from this client, in
    /// either registration order; its own resilience handler stays: it decides per operation what may be sent again.
    /// The resilience pipeline is built once per client name and kept in the package's registry for the container's
    /// lifetime (so the circuit breaker's state survives handler rotation); it reads the options of the first build.
    /// Time comes from the <see cref="TimeProvider"/> registered in the container (<see cref="TimeProvider.System"/> by default).
    /// </summary>
    /// <param name="builder">The client builder.</param>
    /// <param name="settingsFactory">Builds the client's settings; called each time the handler chain is (re)built, and
    /// when the resilience pipeline is built.</param>
    /// <returns>The builder, for chaining.</returns>
    public static IHttpClientBuilder AddAviationPipeline(this IHttpClientBuilder builder, Func<IServiceProvider, AviationPipelineSettings> settingsFactory)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(settingsFactory);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton<RateLimitMonitor>();
        builder.Services.TryAddSingleton(static sp => AviationTelemetry.CreateInstruments(sp.GetService<IMeterFactory>()));
        builder.ConfigureHttpClient(client => client.Timeout = Timeout.InfiniteTimeSpan);

        // The telemetry stage is the one logger of these calls: its allow-list and redactor decide what is written.
        builder.RemoveAllLoggers();

        // Our resilience handler knows which operations may be sent twice; a host-wide one (e.g. the Aspire service
        // defaults' AddStandardResilienceHandler in ConfigureHttpClientDefaults) does not, and would re-send bookings.
        // A post-configure action runs after every configure action, whatever order the host registered them in, so it
        // sees (and removes) every resilience handler added to this client except ours.
        builder.Services.PostConfigure<HttpClientFactoryOptions>(builder.Name, static options =>
            options.HttpMessageHandlerBuilderActions.Add(static b => RemoveForeignResilienceHandlers(b.AdditionalHandlers)));
        builder.ConfigurePrimaryHttpMessageHandler(static () => new SocketsHttpHandler
        {
            AutomaticDecompression = DecompressionMethods.All,
            AllowAutoRedirect = false,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        });

        builder.AddResilienceHandler(AviationResilience.PipelineName, (pipeline, context) =>
        {
            var services = context.ServiceProvider;
            AviationResilience.Configure(pipeline, settingsFactory(services), services.GetRequiredService<TimeProvider>(), Logger(services), services.GetRequiredService<AviationInstruments>());
        });

        // Runs right after the action that appended our resilience handler: the telemetry stage goes before it, the
        // per-attempt stages after it.
        builder.ConfigureAdditionalHttpMessageHandlers((handlers, services) =>
        {
            var settings = settingsFactory(services);
            var instruments = services.GetRequiredService<AviationInstruments>();
            var time = services.GetRequiredService<TimeProvider>();
            var redactor = settings.Redactor ?? new Redactor(settings.Signer?.Secrets ?? []);
            handlers.Insert(handlers.Count - 1, new TelemetryHandler(settings.ClientName, settings.Options, redactor, Logger(services), time, instruments));
            handlers.Add(new AttemptHandler(settings.ClientName, instruments));
            handlers.Add(new OriginCheckHandler(new OriginPolicy(settings.AllowedBaseAddresses)));
            if (settings.Signer is not null)
            {
                handlers.Add(new SigningHandler(settings.Signer));
            }

            handlers.Add(new RateLimitReaderHandler(settings.ClientName, services.GetRequiredService<RateLimitMonitor>(), time, instruments));
        });
        return builder;
    }

    private static ILogger Logger(IServiceProvider services) =>
        (services.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance).CreateLogger(PipelineLog.Category);

    // Every ResilienceHandler (AddResilienceHandler, AddStandardResilienceHandler, AddStandardHedgingHandler, or a
    // subclass) except ours, which is the one right after our telemetry stage.
    private static void RemoveForeignResilienceHandlers(IList<DelegatingHandler> handlers)
    {
        for (var i = handlers.Count - 1; i >= 0; i--)
        {
            if (handlers[i] is ResilienceHandler && !(i > 0 && handlers[i - 1] is TelemetryHandler))
            {
                handlers.RemoveAt(i);
            }
        }
    }
}
