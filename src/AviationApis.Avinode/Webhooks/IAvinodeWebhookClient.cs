using AviationApis.Avinode.Envelope;
using AviationApis.Avinode.Errors;
using AviationApis.Avinode.Resources;
using AviationApis.Core.RateLimits;

namespace AviationApis.Avinode.Webhooks;

/// <summary>
/// Webhook subscriptions of one API connection (<c>/webhooks/settings</c> on the Avinode host, for SchedAero and
/// Avinode events alike). One subscription per company: create it with that company's connection. There is no
/// delete in the vendor's API; deactivate with <see cref="SetActiveAsync"/>.
/// <para>
/// Every operation returns the subscription (or the list): the vendor documents the settings resource as the answer of
/// create, read and update (<c>specs/avinode.md</c> §4.1, R-createsettings, R-updatesettings; <c>specs/wire-shapes.md</c>,
/// "webhook settings"). An answer without it is an <see cref="AviationApis.Core.Errors.InvalidResponseException"/>, or
/// an <see cref="AvinodeSoftErrorException"/> (with the meta, status and rate limit) when the server reported soft
/// errors, whatever <see cref="Options.AvinodeClientOptions.TreatSoftErrorsAsExceptions"/> says.
/// </para>
/// </summary>
public interface IAvinodeWebhookClient
{
    /// <summary>The rate-limit state the Avinode host reported on its latest response to this connection, if any.</summary>
    RateLimitInfo? RateLimit { get; }

    /// <summary>Creates a subscription (<c>POST /webhooks/settings</c>). Not retried (it creates). The target must be HTTPS.</summary>
    /// <param name="settings">The subscription; its secret is sent once and never read back.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>
    /// The created subscription: from the body, or read from the <c>Location</c> the server returned when the answer
    /// carried only meta (assumed possible; then the status and meta are the create's, the data the read's).
    /// </returns>
    /// <exception cref="AviationApis.Core.Errors.ValidationFailedException">The settings are invalid (not sent).</exception>
    /// <exception cref="AvinodeSoftErrorException">The server reported soft errors and returned neither the subscription nor its <c>Location</c>.</exception>
    Task<AvinodeResponse<WebhookSettings>> CreateAsync(WebhookSettingsRequest settings, CancellationToken cancellationToken = default);

    /// <summary>Lists the company's subscriptions (<c>GET /webhooks/settings</c>).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The subscriptions (empty when none; we assume an answer without data means none).</returns>
    /// <exception cref="AvinodeSoftErrorException">The server reported soft errors and returned no list.</exception>
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
    /// <returns>The subscription as the server returned it (with its new <c>version</c>).</returns>
    /// <exception cref="AvinodeSoftErrorException">The server reported soft errors and returned no subscription.</exception>
    Task<AvinodeResponse<WebhookSettings>> UpdateAsync(ResourceId id, WebhookSettingsRequest settings, CancellationToken cancellationToken = default);

    /// <summary>Activates or deactivates a subscription: reads it, then puts it back with <c>active</c> changed.</summary>
    /// <param name="id">The subscription's id.</param>
    /// <param name="active"><see langword="false"/> to stop notifications (the vendor's way to unsubscribe).</param>
    /// <param name="cancellationToken">Cancels the calls.</param>
    /// <returns>The update's result.</returns>
    Task<AvinodeResponse<WebhookSettings>> SetActiveAsync(ResourceId id, bool active, CancellationToken cancellationToken = default);
}
