using System.Text.Json;
using System.Text.Json.Serialization;
using AviationApis.CargoAi.Booking;
using AviationApis.CargoAi.Json;
using AviationApis.CargoAi.Search;
using AviationApis.CargoAi.Shipments;
using NodaTime;

namespace AviationApis.CargoAi.Callbacks;

/// <summary>
/// The body CargoAi POSTs to your URL when a booking is created through FlyWINDOW (and, by our assumption, the booking
/// callback, which carries the same objects plus tracking details). Read it with <see cref="CargoAiCallbackParser"/>,
/// after checking it with <see cref="CargoAiCallbackVerifier"/>. Members not modelled are kept in <see cref="AdditionalProperties"/>.
/// </summary>
public sealed record FlyWindowCallback
{
    /// <summary>The AWB number.</summary>
    public string? Awb { get; init; }

    /// <summary>The booked flight id.</summary>
    [JsonPropertyName("flightUUID")]
    public string? FlightUuid { get; init; }

    /// <summary>The booked rate id.</summary>
    [JsonPropertyName("rateID")]
    public string? RateId { get; init; }

    /// <summary>The booking status after creation.</summary>
    public BookingStatus? BookingStatus { get; init; }

    /// <summary>When the booking was created.</summary>
    [JsonConverter(typeof(OptionalOffsetDateTimeJsonConverter))]
    public OffsetDateTime? BookingCreatedDate { get; init; }

    /// <summary>The booked flight with its rate.</summary>
    public Flight? Flight { get; init; }

    /// <summary>The search (shipment details) the booking was made from.</summary>
    public CallbackSearchRequest? SearchRequest { get; init; }

    /// <summary>The shipment, when sent (booking callback).</summary>
    public Shipment? Shipment { get; init; }

    /// <summary>The user who booked.</summary>
    public CallbackUser? User { get; init; }

    /// <summary>Members this SDK version does not model (e.g. tracking details of the booking callback).</summary>
    [JsonExtensionData]
    [JsonInclude]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; internal set; }

    private bool PrintMembers(System.Text.StringBuilder builder) =>
        ModelText.Of(builder).Add(Awb).Add(FlightUuid).Add(RateId).Add(BookingStatus).Add(BookingCreatedDate)
            .Add(Flight).Add(SearchRequest).Add(Shipment).Add(User).Add(AdditionalProperties).Written;
}
