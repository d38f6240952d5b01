using AviationApis.Avinode.Envelope;
using AviationApis.Avinode.Resources;
using AviationApis.Core.RateLimits;

namespace AviationApis.Avinode.Webhooks;

/// <summary>
/// Webhook subscriptions of one API connection (<c>/webhooks/settings</c> on the Avinode host, for SchedAero and
/// Avinode events alike). One subscription per company: create it with that company's connection. There is no
/// delete in the vendor's API; deactivate with <see cref="SetActiveAsync"/>.
/// </summary>
public interface IAvinodeWebhookClient
{
    /// <summary>The rate-limit state the Avinode host reported on its latest response to this connection, if any.</summary>
    RateLimitInfo? RateLimit { get; }

    /// <summary>Creates a subscription (<c>POST /webhooks/settings</c>). Not retried (it creates). The target must be HTTPS.</summary>
    /// <param name="settings">The subscription; its secret is sent once and never read back.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The created subscription (from the body, or read from the <c>Location</c> the server returned).</returns>
    /// <exception cref="AviationApis.Core.Errors.ValidationFailedException">The settings are invalid (not sent).</exception>
    Task<AvinodeResponse<WebhookSettings>> CreateAsync(WebhookSettingsRequest settings, CancellationToken cancellationToken = default);

    /// <summary>Lists the company's subscriptions (<c>GET /webhooks/settings</c>).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The subscriptions.</returns>
    Task<AvinodeResponse<IReadOnlyList<WebhookSettings>>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>Reads a subscription (<c>GET /webhooks/settings/{id}</c>).</summary>
    /// <param name="id">The subscription's id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The subscription.</returns>
    Task<AvinodeResponse<WebhookSettings>> GetAsync(ResourceId id, CancellationToken cancellationToken = default);

    /// <summary>
    /// Replaces a subscription (<c>PUT /webhooks/settings/{id}</c>). Omitting the secret keeps the current one
    /// (assumed: the vendor does not say; the secret cannot be read back to resend it).
    /// </summary>
    /// <param name="id">The subscription's id.</param>
    /// <param name="settings">The new settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The subscription as the server returned it; <c>Data</c> is null when the server answered with meta only.</returns>
    Task<AvinodeResponse<WebhookSettings>> UpdateAsync(ResourceId id, WebhookSettingsRequest settings, CancellationToken cancellationToken = default);

    /// <summary>Activates or deactivates a subscription: reads it, then puts it back with <c>active</c> changed.</summary>
    /// <param name="id">The subscription's id.</param>
    /// <param name="active"><see langword="false"/> to stop notifications (the vendor's way to unsubscribe).</param>
    /// <param name="cancellationToken">Cancels the calls.</param>
    /// <returns>The update's result.</returns>
    Task<AvinodeResponse<WebhookSettings>> SetActiveAsync(ResourceId id, bool active, CancellationToken cancellationToken = default);
}
