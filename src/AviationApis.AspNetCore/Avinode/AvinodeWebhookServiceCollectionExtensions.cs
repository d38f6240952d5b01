using System.Diagnostics.CodeAnalysis;
using AviationApis.Avinode.Notifications;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AviationApis.AspNetCore.Avinode;

/// <summary>Registers the handler and credentials of the Avinode webhook endpoint.</summary>
public static class AvinodeWebhookServiceCollectionExtensions
{
    /// <summary>
    /// Registers <typeparamref name="THandler"/> (scoped) for the endpoint mapped by <c>MapAvinodeWebhooks</c>, and the
    /// Basic credentials it checks (validated at startup: both are required).
    /// </summary>
    /// <typeparam name="THandler">The handler.</typeparam>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the client identifier and secret of the webhook subscription.</param>
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
            .Validate(o => !string.IsNullOrEmpty(o.ClientIdentifier) && !string.IsNullOrEmpty(o.ClientSecret),
                "Webhooks:Avinode:ClientIdentifier and Webhooks:Avinode:ClientSecret are required: Avinode sends them as Basic credentials with every notification.")
            .ValidateOnStart();
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<AvinodeWebhookEndpointOptions>>().Value;
            return new WebhookBasicAuthenticator(options.ClientIdentifier!, options.ClientSecret!);
        });
        services.AddScoped<IAvinodeWebhookHandler, THandler>();
        return services;
    }
}
