using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.DependencyInjection;

namespace AviationApis.AspNetCore.CargoAi;

/// <summary>Registers the handler and verification of the CargoAi callback endpoints.</summary>
public static class CargoAiCallbackServiceCollectionExtensions
{
    /// <summary>Registers <typeparamref name="THandler"/> (scoped) for the endpoints mapped by <c>MapCargoAiCallbacks</c>.</summary>
    /// <typeparam name="THandler">The handler.</typeparam>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the verifier (default: none, the vendor's default).</param>
    /// <returns>The services, for chaining.</returns>
    public static IServiceCollection AddCargoAiCallbackHandler<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] THandler>(this IServiceCollection services, Action<CargoAiCallbackEndpointOptions>? configure = null)
        where THandler : class, ICargoAiCallbackHandler
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddAviationWebhooks();
        var options = services.AddOptions<CargoAiCallbackEndpointOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.AddScoped<ICargoAiCallbackHandler, THandler>();
        return services;
    }
}
