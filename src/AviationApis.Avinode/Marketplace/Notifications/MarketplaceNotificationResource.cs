using System.Text.Json;
using AviationApis.Avinode.Marketplace.Quotes;
using AviationApis.Avinode.Marketplace.Rfqs;
using AviationApis.Avinode.Marketplace.TripMessages;
using AviationApis.Avinode.Marketplace.Trips;
using AviationApis.Avinode.Notifications;
using AviationApis.Avinode.SchedAero.Quotes;
using AviationApis.Avinode.SchedAero.Trips;
using AviationApis.Avinode.Webhooks;

namespace AviationApis.Avinode.Marketplace.Notifications;

/// <summary>
/// The resource behind a Marketplace webhook notification, fetched through its href and typed by
/// <see cref="Kind"/>: exactly one of <see cref="Rfq"/>, <see cref="TripMessage"/>, <see cref="Trip"/>,
/// <see cref="Quote"/> or <see cref="Other"/> is set.
/// </summary>
public sealed record MarketplaceNotificationResource
{
    /// <summary>The notification that was followed.</summary>
    public required AvinodeNotification Notification { get; init; }

    /// <summary>The event type the caller named (or the one the notification carried), if any.</summary>
    public WebhookEventType? EventType { get; init; }

    /// <summary>Which member holds the resource.</summary>
    public required MarketplaceResourceKind Kind { get; init; }

    /// <summary>The RFQ (<see cref="MarketplaceResourceKind.Rfq"/>).</summary>
    public Rfq? Rfq { get; init; }

    /// <summary>The trip message (<see cref="MarketplaceResourceKind.TripMessage"/>).</summary>
    public TripMessage? TripMessage { get; init; }

    /// <summary>The trip (<see cref="MarketplaceResourceKind.Trip"/>).</summary>
    public MarketplaceTrip? Trip { get; init; }

    /// <summary>The quote (<see cref="MarketplaceResourceKind.Quote"/>).</summary>
    public MarketplaceQuote? Quote { get; init; }

    /// <summary>The raw <c>data</c> of a resource this SDK version does not type (<see cref="MarketplaceResourceKind.Other"/>).</summary>
    public JsonElement? Other { get; init; }
}
