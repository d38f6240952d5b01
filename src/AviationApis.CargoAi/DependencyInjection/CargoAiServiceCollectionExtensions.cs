using AviationApis.CargoAi;
using AviationApis.CargoAi.DependencyInjection;
using AviationApis.CargoAi.Options;
using AviationApis.Core.Pipeline;
using AviationApis.Core.Signing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the CargoAi client.</summary>
public static class CargoAiServiceCollectionExtensions
{
    /// <summary>Registers the default <see cref="ICargoAiClient"/>, configured in code.</summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the options (at least <see cref="CargoAiClientOptions.ApiKey"/>).</param>
    /// <returns>The HTTP client builder, e.g. to replace the primary handler.</returns>
    public static IHttpClientBuilder AddCargoAiClient(this IServiceCollection services, Action<CargoAiClientOptions> configure) =>
        services.AddCargoAiClient(Options.Options.DefaultName, configure);

    /// <summary>Registers the default <see cref="ICargoAiClient"/>, bound to a configuration section (conventionally <c>CargoAi</c>).</summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The section, e.g. <c>configuration.GetSection("CargoAi")</c>.</param>
    /// <returns>The HTTP client builder.</returns>
    public static IHttpClientBuilder AddCargoAiClient(this IServiceCollection services, IConfiguration configuration) =>
        services.AddCargoAiClient(Options.Options.DefaultName, configuration);

    /// <summary>
    /// Registers a named client, configured in code. Resolve it through <see cref="ICargoAiClientFactory.Get"/>, or as a
    /// keyed service: <c>[FromKeyedServices("name")] ICargoAiClient</c> or
    /// <c>provider.GetRequiredKeyedService&lt;ICargoAiClient&gt;(name)</c>.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="name">The registration name.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The HTTP client builder.</returns>
    public static IHttpClientBuilder AddCargoAiClient(this IServiceCollection services, string name, Action<CargoAiClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var prefix = string.IsNullOrEmpty(name) ? CargoAiClientOptions.SectionName : CargoAiClientOptions.SectionName + ":" + name;
        return Register(services, name, prefix, builder => builder.Configure(configure));
    }

    /// <summary>Registers a named client bound to a configuration section; resolve it through the factory or as a keyed service.</summary>
    /// <param name="services">The services.</param>
    /// <param name="name">The registration name.</param>
    /// <param name="configuration">The section.</param>
    /// <returns>The HTTP client builder.</returns>
    public static IHttpClientBuilder AddCargoAiClient(this IServiceCollection services, string name, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var prefix = configuration is IConfigurationSection { Path.Length: > 0 } section ? section.Path : CargoAiClientOptions.SectionName;
        return Register(services, name, prefix, builder => builder.Bind(configuration));
    }

    private static IHttpClientBuilder Register(IServiceCollection services, string name, string keyPrefix, Action<OptionsBuilder<CargoAiClientOptions>> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(name);
        var options = services.AddOptions<CargoAiClientOptions>(name);
        configure(options);
        options.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CargoAiClientOptions>, CargoAiClientOptionsValidator>());
        services.AddSingleton(new CargoAiRegistration(name, keyPrefix));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ICargoAiClientFactory, CargoAiClientFactory>();
        if (string.IsNullOrEmpty(name))
        {
            services.TryAddSingleton(sp => sp.GetRequiredService<ICargoAiClientFactory>().Get(Options.Options.DefaultName));
        }
        else
        {
            services.TryAddKeyedSingleton<ICargoAiClient>(name, (sp, _) => sp.GetRequiredService<ICargoAiClientFactory>().Get(name));
        }

        var httpClientName = CargoAiHttpClientNames.For(name);
        return services.AddHttpClient(httpClientName)
            .AddAviationPipeline(sp =>
            {
                var current = sp.GetRequiredService<IOptionsMonitor<CargoAiClientOptions>>().Get(name);
                return new AviationPipelineSettings
                {
                    ClientName = httpClientName,
                    AllowedBaseAddresses = [current.BaseAddress!],
                    Options = current.Pipeline,
                    Signer = new ApiKeyHeaderSigner("x-api-key", current.ApiKey!),
                };
            });
    }
}
