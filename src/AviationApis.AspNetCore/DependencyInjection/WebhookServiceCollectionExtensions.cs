using AviationApis.AspNetCore.Deliveries;
using AviationApis.AspNetCore.Dispatch;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace AviationApis.AspNetCore;

/// <summary>Registers what the callback and webhook endpoints share: the queue, the dispatcher and the delivery store.</summary>
public static class WebhookServiceCollectionExtensions
{
    /// <summary>
    /// Adds the background dispatcher that runs handlers after the endpoint has answered, and the in-memory
    /// <see cref="IWebhookDeliveryStore"/> unless one is registered (register
    /// <see cref="DistributedCacheWebhookDeliveryStore"/> to share it across instances). Safe to call more than once.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Adjusts the shared settings.</param>
    /// <returns>The services, for chaining.</returns>
    public static IServiceCollection AddAviationWebhooks(this IServiceCollection services, Action<AviationWebhookOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<AviationWebhookOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.Validate(o => o.MaxBodyBytes > 0 && o.QueueCapacity > 0 && o.DeduplicationWindow > TimeSpan.Zero,
            "Webhooks: MaxBodyBytes, QueueCapacity and DeduplicationWindow must be positive.");
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IWebhookDeliveryStore, InMemoryWebhookDeliveryStore>();
        services.TryAddSingleton(sp => new WebhookWorkQueue(sp.GetRequiredService<IOptions<AviationWebhookOptions>>().Value.QueueCapacity));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<Microsoft.Extensions.Hosting.IHostedService, WebhookDispatcher>());
        return services;
    }
}
