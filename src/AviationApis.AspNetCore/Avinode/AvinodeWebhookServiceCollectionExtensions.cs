using System.Diagnostics.CodeAnalysis;
using AviationApis.AspNetCore.DependencyInjection;
using AviationApis.AspNetCore.Processing;
using AviationApis.Avinode.Notifications;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace AviationApis.AspNetCore.Avinode;

/// <summary>Registers the handler and credentials of the Avinode webhook endpoint.</summary>
public static class AvinodeWebhookServiceCollectionExtensions
{
    /// <summary>
    /// Registers <typeparamref name="THandler"/> (scoped) for the endpoint mapped by <c>MapAvinodeWebhooks</c>, the
    /// inbox and processor, and the Basic credentials of each connection (validated at start-up: every connection needs
    /// both, and their identifiers must differ).
    /// </summary>
    /// <typeparam name="THandler">The handler.</typeparam>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the client identifier and secret of each webhook subscription.</param>
    /// <returns>The services, for chaining.</returns>
    public static IServiceCollection AddAvinodeWebhookHandler<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] THandler>(
        this IServiceCollection services, Action<AvinodeWebhookEndpointOptions> configure)
        where THandler : class, IAvinodeWebhookHandler
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddAviationWebhooks();
        services.AddOptions<AvinodeWebhookEndpointOptions>()
            .Configure(configure)
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AvinodeWebhookEndpointOptions>>(
            new OptionsProblemValidator<AvinodeWebhookEndpointOptions>(static o => o.Problem() is { } problem ? [problem] : [])));
        services.AddSingleton(sp => new AvinodeConnections(sp.GetRequiredService<IOptions<AvinodeWebhookEndpointOptions>>().Value));
        services.AddSingleton(sp => new LiveNotificationGate(sp, sp.GetRequiredService<IOptions<AvinodeWebhookEndpointOptions>>().Value));
        services.AddScoped<IAvinodeWebhookHandler, THandler>();
        services.AddSingleton(new WebhookRoute(AvinodeWebhookEndpoints.EndpointName, static (scope, delivery, token) =>
        {
            var notification = DeliveryParseException.Parse(() => AvinodeNotificationParser.Parse(delivery.Body.Span));
            var connection = delivery.Connection ?? AvinodeWebhookEndpointOptions.DefaultConnectionName;
            return scope.GetRequiredService<IAvinodeWebhookHandler>().HandleAsync(new AvinodeWebhookDelivery(connection, notification, delivery.Key), token);
        }));
        return services;
    }
}
