using System.Text.Json.Serialization;
using AviationApis.Avinode.SchedAero.Trips;
using AviationApis.Core.Json;

namespace AviationApis.Avinode.Webhooks;

/// <summary>
/// A webhook event type (open set: unknown values are kept, never an error). SchedAero events start with
/// <c>SchedAero</c>; the others are Avinode Marketplace events. All are subscribed through the same
/// <c>/webhooks/settings</c> resource on the Avinode host.
/// </summary>
[ExtensibleEnum(NullIsEmpty = true)]
[JsonConverter(typeof(ExtensibleEnumJsonConverter<WebhookEventType>))]
public readonly partial struct WebhookEventType
{
    /// <summary>SchedAero: a contact was created or an API-visible field changed. Fetch <c>GET /contacts/people|companies/{id}</c>.</summary>
    public static WebhookEventType SchedAeroContacts { get; } = new("SchedAeroContacts");

    /// <summary>SchedAero: a passenger was assigned to a flight or changed. Fetch <c>GET /passengers/{id}</c>.</summary>
    public static WebhookEventType SchedAeroPassengers { get; } = new("SchedAeroPassengers");

    /// <summary>SchedAero: a service on a flight leg was created or changed. Fetch <c>GET /logistics/{id}</c>.</summary>
    public static WebhookEventType SchedAeroLogistics { get; } = new("SchedAeroLogistics");

    /// <summary>SchedAero: a crew member was assigned or an assignment changed. Fetch <c>GET /crewassignments/{id}</c>.</summary>
    public static WebhookEventType SchedAeroCrewAssignments { get; } = new("SchedAeroCrewAssignments");

    /// <summary>SchedAero: a flight leg was created, released, cancelled or changed. Fetch <c>GET /flightlegs/{id}</c>.</summary>
    public static WebhookEventType SchedAeroFlightLegs { get; } = new("SchedAeroFlightLegs");

    /// <summary>SchedAero: a quote created in SchedAero was sent to the requester. Fetch <c>GET /quotes/{id}</c>.</summary>
    public static WebhookEventType SchedAeroOwnQuoteReplies { get; } = new("SchedAeroOwnQuoteReplies");

    /// <summary>SchedAero: a quoted trip was created or a trip-level field changed. Fetch <c>GET /trips/{id}</c>.</summary>
    public static WebhookEventType SchedAeroQuotedTrips { get; } = new("SchedAeroQuotedTrips");

    /// <summary>SchedAero: a quote or its itinerary was created or changed. Fetch <c>GET /quotes/{id}</c>.</summary>
    public static WebhookEventType SchedAeroQuotes { get; } = new("SchedAeroQuotes");

    /// <summary>SchedAero: a scheduled trip was created, cancelled or changed. Fetch <c>GET /trips/{id}</c>.</summary>
    public static WebhookEventType SchedAeroScheduledTrips { get; } = new("SchedAeroScheduledTrips");

    /// <summary>Avinode: an end-client lead arrived.</summary>
    public static WebhookEventType ClientLeads { get; } = new("ClientLeads");

    /// <summary>Avinode: empty legs matching a watch.</summary>
    public static WebhookEventType EmptyLegs { get; } = new("EmptyLegs");

    /// <summary>Avinode: an RFQ arrived (seller side).</summary>
    public static WebhookEventType TripRequest { get; } = new("TripRequest");

    /// <summary>Avinode: a seller responded to an RFQ (buyer side).</summary>
    public static WebhookEventType TripRequestSellerResponse { get; } = new("TripRequestSellerResponse");

    /// <summary>Avinode: an RFQ sent by the own company.</summary>
    public static WebhookEventType TripRequestMine { get; } = new("TripRequestMine");

    /// <summary>Avinode: a seller response sent by the own company.</summary>
    public static WebhookEventType TripRequestSellerResponseMine { get; } = new("TripRequestSellerResponseMine");

    /// <summary>Avinode: a chat message from a buyer.</summary>
    public static WebhookEventType TripChatFromBuyer { get; } = new("TripChatFromBuyer");

    /// <summary>Avinode: a chat message from a seller.</summary>
    public static WebhookEventType TripChatFromSeller { get; } = new("TripChatFromSeller");

    /// <summary>Avinode: "Trip Messages – Mine", messages and quotes sent by the own company (pair with <see cref="SchedAeroOwnQuoteReplies"/> to see every quote).</summary>
    public static WebhookEventType TripChatMine { get; } = new("TripChatMine");

    /// <summary>Every event type this SDK version declares.</summary>
    public static IReadOnlyList<WebhookEventType> All => KnownValues;

    /// <summary><see langword="true"/> for SchedAero events (their notifications carry the event type in <c>type</c>).</summary>
    public bool IsSchedAero => Value.StartsWith("SchedAero", StringComparison.Ordinal);
}
