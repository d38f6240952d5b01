using System.Text.Json;
using System.Text.Json.Serialization;
using AviationApis.Avinode.Marketplace;
using AviationApis.Avinode.Resources;
using AviationApis.Avinode.SchedAero;
using AviationApis.Avinode.Webhooks;

namespace AviationApis.Avinode.Notifications;

/// <summary>
/// A webhook notification: a small pointer to the resource that changed. Always fetch the resource through
/// <see cref="Href"/> (the vendor requires it), e.g. with <see cref="SchedAero.ISchedAeroClient.GetNotificationResourceAsync{T}"/>
/// or, for Marketplace events, <see cref="Marketplace.IAvinodeMarketplaceClient.GetNotificationResourceAsync"/> (typed by resource).
/// Notifications may be delivered more than once and may gain members at any time (kept in <see cref="AdditionalProperties"/>).
/// </summary>
public sealed record AvinodeNotification
{
    /// <summary>
    /// For SchedAero events the event type (e.g. <c>SchedAeroContacts</c>); for Avinode Marketplace events the
    /// resource type (e.g. <c>rfqs</c>) or absent.
    /// </summary>
    public string? Type { get; init; }

    /// <summary>The id of the resource that changed. An API id: store it and pass it back; do not display or parse it.</summary>
    public ResourceId Id { get; init; }

    /// <summary>The URI to fetch the resource from.</summary>
    public string? Href { get; init; }

    /// <summary>The short display trip id (Avinode <c>TripRequest</c> events), when sent.</summary>
    public string? TripId { get; init; }

    /// <summary>The platform trip id, when sent (often <see langword="null"/>).</summary>
    public string? PlatformTripId { get; init; }

    /// <summary>Members this SDK version does not know.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; internal set; }

    /// <summary>The event type when <see cref="Type"/> names a known one (SchedAero events), otherwise <see langword="null"/>.</summary>
    [JsonIgnore]
    public WebhookEventType? EventType =>
        Type is { Length: > 0 } type && WebhookEventType.FromValue(type) is { IsKnown: true } known ? known : null;

    /// <summary>The resource as a link, to follow with a client's <c>GetAsync&lt;T&gt;(ResourceLink)</c>.</summary>
    /// <returns>The link.</returns>
    /// <exception cref="InvalidOperationException">The notification carries no href.</exception>
    public ResourceLink ToLink() =>
        string.IsNullOrWhiteSpace(Href)
            ? throw new InvalidOperationException("The notification carries no href.")
            : new ResourceLink { Id = Id, Href = Href, Type = Type };

    private bool PrintMembers(System.Text.StringBuilder builder) =>
        ModelText.Of(builder).Add(Type).Add(Id).Add(Href).Add(TripId).Add(PlatformTripId).Add(AdditionalProperties)
            .Add(EventType).Written;
}
