using AviationApis.Cangooroo;
using AviationApis.Cangooroo.DependencyInjection;
using AviationApis.Cangooroo.Options;
using AviationApis.Cangooroo.Transport;
using AviationApis.Core.Pipeline;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the Cangooroo Air client.</summary>
public static class CangoorooServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ICangoorooFlightClient"/> (a singleton) configured in code, with the AviationApis pipeline.
    /// Options are validated at startup.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the options (base address, user name, password, booking path segment, pipeline).</param>
    /// <returns>The HTTP client builder, e.g. to replace the primary handler.</returns>
    public static IHttpClientBuilder AddCangoorooClient(this IServiceCollection services, Action<CangoorooClientOptions> configure) =>
        AddCangoorooClient(services, Microsoft.Extensions.Options.Options.DefaultName, configure);

    /// <summary>Registers <see cref="ICangoorooFlightClient"/> bound to a configuration section (conventionally <c>Cangooroo</c>).</summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The section holding <c>BaseAddress</c>, <c>Username</c>, <c>Password</c>, <c>BookingPathSegment</c>, <c>Pipeline</c>.</param>
    /// <returns>The HTTP client builder.</returns>
    public static IHttpClientBuilder AddCangoorooClient(this IServiceCollection services, IConfiguration configuration) =>
        AddCangoorooClient(services, Microsoft.Extensions.Options.Options.DefaultName, configuration);

    /// <summary>
    /// Registers a named connection configured in code (e.g. one per licensee). Resolve it through
    /// <see cref="ICangoorooFlightClientFactory.Get"/>, or as a keyed service:
    /// <c>provider.GetRequiredKeyedService&lt;ICangoorooFlightClient&gt;(name)</c>.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="name">The connection name.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The HTTP client builder.</returns>
    public static IHttpClientBuilder AddCangoorooClient(this IServiceCollection services, string name, Action<CangoorooClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<CangoorooClientOptions>(name).Configure(configure).ValidateOnStart();
        return AddClient(services, name);
    }

    /// <summary>Registers a named connection bound to a configuration section; resolve it as a keyed service.</summary>
    /// <param name="services">The services.</param>
    /// <param name="name">The connection name.</param>
    /// <param name="configuration">The section.</param>
    /// <returns>The HTTP client builder.</returns>
    public static IHttpClientBuilder AddCangoorooClient(this IServiceCollection services, string name, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<CangoorooClientOptions>(name).Bind(configuration).ValidateOnStart();
        return AddClient(services, name);
    }

    private static IHttpClientBuilder AddClient(IServiceCollection services, string name)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CangoorooClientOptions>, CangoorooClientOptionsValidator>());
        services.TryAddSingleton<ICangoorooFlightClientFactory>(sp => new CangoorooFlightClientFactory(sp));
        var httpClientName = CangoorooHttpClientNames.For(name);
        if (string.IsNullOrEmpty(name))
        {
            services.TryAddSingleton<ICangoorooFlightClient>(sp => Create(sp, name, httpClientName));
        }
        else
        {
            services.TryAddKeyedSingleton<ICangoorooFlightClient>(name, (sp, _) => Create(sp, name, httpClientName));
        }

        return services.AddHttpClient(httpClientName).AddAviationPipeline(sp =>
        {
            var options = sp.GetRequiredService<IOptionsMonitor<CangoorooClientOptions>>().Get(name);
            return new AviationPipelineSettings
            {
                ClientName = httpClientName,
                AllowedBaseAddresses = [options.BaseAddress!],
                Options = options.Pipeline,
                Redactor = CangoorooTransport.RedactorFor(options),
            };
        });
    }

    private static CangoorooFlightClient Create(IServiceProvider services, string name, string httpClientName) =>
        new(
            services.GetRequiredService<IHttpClientFactory>(),
            services.GetRequiredService<IOptionsMonitor<CangoorooClientOptions>>(),
            services.GetService<TimeProvider>() ?? TimeProvider.System,
            name,
            httpClientName);
}
