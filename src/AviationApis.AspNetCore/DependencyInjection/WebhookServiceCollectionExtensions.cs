using AviationApis.AspNetCore;
using AviationApis.AspNetCore.DependencyInjection;
using AviationApis.AspNetCore.Endpoints;
using AviationApis.AspNetCore.Inbox;
using AviationApis.AspNetCore.Processing;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers what the callback and webhook endpoints share: the inbox, the processor and its admin API.</summary>
public static class WebhookServiceCollectionExtensions
{
    /// <summary>
    /// Adds the durable inbox the endpoints store deliveries in, the hosted processor that runs the handlers, and
    /// <see cref="WebhookInboxAdmin"/>. The inbox is <see cref="SqliteWebhookInbox"/> (file <c>aviation-webhook-inbox.db</c>)
    /// unless <see cref="AddAviationWebhookPostgresInbox"/>, <see cref="AddAviationWebhookSqliteInbox"/> or
    /// <see cref="AddAviationWebhookInMemoryInbox"/> chose another. Safe to call more than once.
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

        if (services.Any(d => d.ServiceType == typeof(WebhookIntake)))
        {
            return services;
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AviationWebhookOptions>>(
            new OptionsProblemValidator<AviationWebhookOptions>(Problems)));
        options.ValidateOnStart();
        services.AddMetrics();
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<SqliteWebhookInboxOptions>();
        services.TryAddSingleton<IWebhookInbox>(sp => new SqliteWebhookInbox(sp.GetRequiredService<IOptions<SqliteWebhookInboxOptions>>().Value));
        services.TryAddSingleton<InboxSignal>();
        services.TryAddSingleton<WebhookMetrics>();
        services.TryAddSingleton<WebhookIntake>();
        services.TryAddSingleton(sp => new WebhookInboxAdmin(sp.GetRequiredService<IWebhookInbox>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<InboxSignal>()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, InboxInitializer>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, WebhookProcessor>());
        return services;
    }

    /// <summary>What is wrong with <paramref name="o"/>, one line per setting, each naming it.</summary>
    private static IEnumerable<string> Problems(AviationWebhookOptions o)
    {
        const string Prefix = nameof(AviationWebhookOptions) + ".";
        if (o.MaxBodyBytes <= 0)
        {
            yield return $"{Prefix}{nameof(o.MaxBodyBytes)} must be positive (is {o.MaxBodyBytes}).";
        }

        foreach (var (setting, value) in new[]
                 {
                     (nameof(o.StoreTimeout), o.StoreTimeout), (nameof(o.DeduplicationWindow), o.DeduplicationWindow),
                     (nameof(o.RetryBaseDelay), o.RetryBaseDelay), (nameof(o.ClaimLease), o.ClaimLease), (nameof(o.PollInterval), o.PollInterval),
                 })
        {
            if (value <= TimeSpan.Zero)
            {
                yield return $"{Prefix}{setting} must be positive (is {value}).";
            }
        }

        if (o.MaxRetries < 0)
        {
            yield return $"{Prefix}{nameof(o.MaxRetries)} must not be negative (is {o.MaxRetries}).";
        }

        if (o.RetryMaxDelay < o.RetryBaseDelay)
        {
            yield return $"{Prefix}{nameof(o.RetryMaxDelay)} must be at least {nameof(o.RetryBaseDelay)} (is {o.RetryMaxDelay}, {nameof(o.RetryBaseDelay)} is {o.RetryBaseDelay}).";
        }

        if (o.MaxConcurrentHandlers <= 0)
        {
            yield return $"{Prefix}{nameof(o.MaxConcurrentHandlers)} must be positive (is {o.MaxConcurrentHandlers}).";
        }
    }

    /// <summary>Keeps the inbox in a SQLite file (the default store), at the path <paramref name="configure"/> sets.</summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the file path and lock timeout.</param>
    /// <returns>The services, for chaining.</returns>
    public static IServiceCollection AddAviationWebhookSqliteInbox(this IServiceCollection services, Action<SqliteWebhookInboxOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<SqliteWebhookInboxOptions>().Configure(configure)
            .Validate(o => !string.IsNullOrWhiteSpace(o.Path) && o.BusyTimeout > TimeSpan.Zero, "SqliteWebhookInboxOptions: Path is required and BusyTimeout must be positive.")
            .ValidateOnStart();
        services.Replace(ServiceDescriptor.Singleton<IWebhookInbox>(sp => new SqliteWebhookInbox(sp.GetRequiredService<IOptions<SqliteWebhookInboxOptions>>().Value)));
        return services.AddAviationWebhooks();
    }

    /// <summary>
    /// Keeps the inbox in PostgreSQL, for receivers that run several instances behind one load balancer: each delivery is
    /// handled by one instance, and an instance that dies leaves its deliveries to the others.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the connection string.</param>
    /// <returns>The services, for chaining.</returns>
    public static IServiceCollection AddAviationWebhookPostgresInbox(this IServiceCollection services, Action<PostgresWebhookInboxOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<PostgresWebhookInboxOptions>().Configure(configure)
            .Validate(o => !string.IsNullOrWhiteSpace(o.ConnectionString), "PostgresWebhookInboxOptions.ConnectionString is required for the PostgreSQL webhook inbox.")
            .ValidateOnStart();
        services.Replace(ServiceDescriptor.Singleton<IWebhookInbox>(sp => new PostgresWebhookInbox(sp.GetRequiredService<IOptions<PostgresWebhookInboxOptions>>().Value)));
        return services.AddAviationWebhooks();
    }

    /// <summary>
    /// Keeps the inbox in process memory. <b>For tests only</b>: acknowledged deliveries are lost when the process
    /// stops.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <returns>The services, for chaining.</returns>
    public static IServiceCollection AddAviationWebhookInMemoryInbox(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.Replace(ServiceDescriptor.Singleton<IWebhookInbox, InMemoryWebhookInbox>());
        return services.AddAviationWebhooks();
    }
}
