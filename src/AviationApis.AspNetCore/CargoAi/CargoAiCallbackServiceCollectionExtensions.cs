using System.Diagnostics.CodeAnalysis;
using AviationApis.AspNetCore.DependencyInjection;
using AviationApis.AspNetCore.Processing;
using AviationApis.CargoAi.Callbacks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace AviationApis.AspNetCore.CargoAi;

/// <summary>Registers the handler and verification of the CargoAi callback endpoints.</summary>
public static class CargoAiCallbackServiceCollectionExtensions
{
    /// <summary>
    /// Registers <typeparamref name="THandler"/> (scoped) for the endpoints mapped by <c>MapCargoAiCallbacks</c>, and the
    /// inbox and processor (<see cref="WebhookServiceCollectionExtensions.AddAviationWebhooks"/>). Start-up fails unless
    /// <paramref name="configure"/> sets a verifier or <see cref="CargoAiCallbackEndpointOptions.AllowUnauthenticatedCallbacks"/>.
    /// </summary>
    /// <typeparam name="THandler">The handler.</typeparam>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the verifier.</param>
    /// <returns>The services, for chaining.</returns>
    public static IServiceCollection AddCargoAiCallbackHandler<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] THandler>(this IServiceCollection services, Action<CargoAiCallbackEndpointOptions> configure)
        where THandler : class, ICargoAiCallbackHandler
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddAviationWebhooks();
        services.AddOptions<CargoAiCallbackEndpointOptions>()
            .Configure(configure)
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CargoAiCallbackEndpointOptions>>(
            new OptionsProblemValidator<CargoAiCallbackEndpointOptions>(static o => o.Problem() is { } problem ? [problem] : [])));
        services.AddScoped<ICargoAiCallbackHandler, THandler>();
        services.AddSingleton(Route(CargoAiCallbackEndpoints.FlyWindowEndpoint, CargoAiCallbackKind.FlyWindow));
        services.AddSingleton(Route(CargoAiCallbackEndpoints.BookingEndpoint, CargoAiCallbackKind.Booking));
        return services;
    }

    private static WebhookRoute Route(string endpoint, CargoAiCallbackKind kind) =>
        new(endpoint, (scope, delivery, token) =>
        {
            var callback = DeliveryParseException.Parse(() => CargoAiCallbackParser.Parse(delivery.Body.Span));
            return scope.GetRequiredService<ICargoAiCallbackHandler>().HandleAsync(new CargoAiCallbackDelivery(kind, callback, delivery.Key), token);
        });
}
