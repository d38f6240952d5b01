using System.Text.Json;
using System.Text.Json.Serialization;
using AviationApis.CargoAi.Search;
using AviationApis.CargoAi.Shipments;

namespace AviationApis.CargoAi.Booking;

/// <summary>One item of <c>GET /track?flight-uuid=</c>: the booked flight, the shipment and the booking answer.</summary>
public sealed record BookingDetails
{
    /// <summary>The flight id.</summary>
    [JsonPropertyName("flightUUID")]
    public string? FlightUuid { get; init; }

    /// <summary>The AWB number.</summary>
    public string? Awb { get; init; }

    /// <summary>The booked flight.</summary>
    public Flight? Flight { get; init; }

    /// <summary>The shipment as booked (with chargeable weight).</summary>
    public Shipment? Shipment { get; init; }

    /// <summary>The booking answer.</summary>
    public BookingResult? BookingResponse { get; init; }

    /// <summary>Members this SDK version does not model.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; internal set; }

    private bool PrintMembers(System.Text.StringBuilder builder) =>
        ModelText.Of(builder).Add(FlightUuid).Add(Awb).Add(Flight).Add(Shipment).Add(BookingResponse)
            .Add(AdditionalProperties).Written;
}
