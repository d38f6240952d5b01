using AviationApis.Avinode.DependencyInjection;
using AviationApis.Avinode.Marketplace;
using AviationApis.Avinode.Options;
using AviationApis.Avinode.SchedAero;
using AviationApis.Avinode.Transport;
using AviationApis.Core.Pipeline;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers Avinode API connections (one per company account) and their clients.</summary>
public static class AvinodeServiceCollectionExtensions
{
    /// <summary>
    /// Registers the default connection (resolve <see cref="ISchedAeroClient"/> and <see cref="IAvinodeMarketplaceClient"/>).
    /// Returns the connection's <see cref="IHttpClientBuilder"/> (one <c>HttpClient</c> serves the SchedAero, Avinode
    /// Marketplace and webhook hosts, and the OAuth token endpoint), e.g. to replace the primary handler in tests.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The connection's HTTP client builder.</returns>
    public static IHttpClientBuilder AddAvinodeClient(this IServiceCollection services, Action<AvinodeClientOptions> configure) =>
        services.AddAvinodeClient(Microsoft.Extensions.Options.Options.DefaultName, configure);

    /// <summary>Registers the default connection from a configuration section (conventionally <c>Avinode</c>).</summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The section, e.g. <c>configuration.GetSection("Avinode")</c>.</param>
    /// <returns>The connection's HTTP client builder.</returns>
    public static IHttpClientBuilder AddAvinodeClient(this IServiceCollection services, IConfiguration configuration) =>
        services.AddAvinodeClient(Microsoft.Extensions.Options.Options.DefaultName, configuration);

    /// <summary>
    /// Registers a named connection (one per company account, as the vendor requires for multi-company applications).
    /// Resolve its clients with <see cref="ISchedAeroClientFactory.Get"/> and <see cref="IAvinodeMarketplaceClientFactory.Get"/>,
    /// or as keyed services: <c>[FromKeyedServices("AcmeJets")] ISchedAeroClient</c> and
    /// <c>[FromKeyedServices("AcmeJets")] IAvinodeMarketplaceClient</c>.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="connectionName">The connection's name, e.g. the company's key in your application (<see cref="Microsoft.Extensions.Options.Options.DefaultName"/> for the unnamed one).</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The connection's HTTP client builder.</returns>
    public static IHttpClientBuilder AddAvinodeClient(this IServiceCollection services, string connectionName, Action<AvinodeClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(connectionName);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<AvinodeClientOptions>(connectionName).Configure(configure).ValidateOnStart();
        return AddConnection(services, connectionName, KeyFor(connectionName));
    }

    /// <summary>
    /// Registers a named connection from a configuration section (e.g. <c>Avinode:Connections:AcmeJets</c>); resolve its
    /// clients through the factories or as keyed services.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="connectionName">The connection's name.</param>
    /// <param name="configuration">The section holding the connection's options.</param>
    /// <returns>The connection's HTTP client builder.</returns>
    public static IHttpClientBuilder AddAvinodeClient(this IServiceCollection services, string connectionName, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(connectionName);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<AvinodeClientOptions>(connectionName).Bind(configuration).ValidateOnStart();
        var path = configuration is IConfigurationSection { Path.Length: > 0 } section ? section.Path : KeyFor(connectionName);
        return AddConnection(services, connectionName, path);
    }

    private static string KeyFor(string connectionName) =>
        IsDefault(connectionName) ? AvinodeClientOptions.SectionName : $"{AvinodeClientOptions.SectionName}:{connectionName}";

    private static bool IsDefault(string connectionName) => connectionName.Length == 0;

    private static IHttpClientBuilder AddConnection(IServiceCollection services, string connectionName, string configurationPath)
    {
        services.AddSingleton(new AvinodeConnectionRegistration(connectionName, configurationPath));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AvinodeClientOptions>, AvinodeClientOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<AvinodeConnectionRegistry>();
        services.TryAddSingleton<ISchedAeroClientFactory, SchedAeroClientFactory>();
        services.TryAddSingleton<IAvinodeMarketplaceClientFactory, AvinodeMarketplaceClientFactory>();
        if (IsDefault(connectionName))
        {
            services.TryAddSingleton<ISchedAeroClient>(static sp => sp.GetRequiredService<ISchedAeroClientFactory>().Get(Microsoft.Extensions.Options.Options.DefaultName));
            services.TryAddSingleton<IAvinodeMarketplaceClient>(static sp => sp.GetRequiredService<IAvinodeMarketplaceClientFactory>().Get(Microsoft.Extensions.Options.Options.DefaultName));
        }
        else
        {
            services.TryAddKeyedSingleton<ISchedAeroClient>(connectionName, (sp, _) => sp.GetRequiredService<ISchedAeroClientFactory>().Get(connectionName));
            services.TryAddKeyedSingleton<IAvinodeMarketplaceClient>(connectionName, (sp, _) => sp.GetRequiredService<IAvinodeMarketplaceClientFactory>().Get(connectionName));
        }

        var httpClientName = AvinodeHttpClientNames.For(connectionName);
        AddTokenClient(services, connectionName, httpClientName);
        return services.AddHttpClient(httpClientName)
            .AddAviationPipeline(sp =>
            {
                var connection = sp.GetRequiredService<AvinodeConnectionRegistry>().Get(connectionName);
                return new AviationPipelineSettings
                {
                    ClientName = httpClientName,
                    AllowedBaseAddresses = connection.AllowedBaseAddresses,
                    Options = connection.Options.Pipeline,
                    Signer = connection.Signer,
                    Redactor = connection.Redactor,
                };
            });
    }

    /// <summary>
    /// The OAuth token request's own small pipeline: its own named client, total and attempt budgets, retry and
    /// circuit breaker (keyed by its own name), pinned to the token endpoint's folder and signed with the
    /// identification headers only. It sends through the same primary handler as the API client (the one the
    /// application configured on the builder <c>AddAvinodeClient</c> returns: sockets, the sandbox, a proxy), never
    /// through the API client's stages, so a failing token endpoint never opens the breaker of the calls it signs.
    /// </summary>
    private static void AddTokenClient(IServiceCollection services, string connectionName, string apiClientName)
    {
        var tokenClientName = AvinodeHttpClientNames.ForTokens(connectionName);
        services.AddHttpClient(tokenClientName)
            .AddAviationPipeline(sp =>
            {
                var connection = sp.GetRequiredService<AvinodeConnectionRegistry>().Get(connectionName);
                return new AviationPipelineSettings
                {
                    ClientName = tokenClientName,
                    AllowedBaseAddresses = connection.OAuthTokens is { } tokens ? [new Uri(tokens.TokenAddress, ".")] : [connection.MarketplaceBaseAddress],
                    Options = connection.Options.Pipeline,
                    Signer = connection.Signer,
                    Redactor = connection.Redactor,
                };
            })
            // After the pipeline's own primary handler, so the application's choice for the API client wins.
            .ConfigurePrimaryHttpMessageHandler(sp => PrimaryHandlerOf(sp, apiClientName));
    }

    // The primary handler the application configured for the API client, built afresh for the token client (its
    // additional handlers, the API client's stages, are built and left unused).
    private static HttpMessageHandler PrimaryHandlerOf(IServiceProvider services, string apiClientName)
    {
        var builder = services.GetRequiredService<HttpMessageHandlerBuilder>();
        builder.Name = apiClientName;
        foreach (var action in services.GetRequiredService<IOptionsMonitor<HttpClientFactoryOptions>>().Get(apiClientName).HttpMessageHandlerBuilderActions)
        {
            action(builder);
        }

        return builder.PrimaryHandler;
    }
}
