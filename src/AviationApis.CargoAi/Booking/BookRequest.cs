using System.Text.Json.Serialization;
using AviationApis.CargoAi.Shipments;

namespace AviationApis.CargoAi.Booking;

/// <summary>
/// The body of <c>POST /book</c>. Classic booking: <see cref="FlightUuid"/> + <see cref="RateId"/> from a search.
/// Direct / allotment booking: <see cref="Itinerary"/> + <see cref="Shipment"/>.
/// </summary>
public sealed record BookRequest
{
    /// <summary>The user booking (required).</summary>
    public required BookingUser User { get; init; }

    /// <summary>Classic booking: the flight id from the search.</summary>
    [JsonPropertyName("flightUUID")]
    public string? FlightUuid { get; init; }

    /// <summary>Classic booking: the rate id from the search.</summary>
    public string? RateId { get; init; }

    /// <summary>Direct booking: the itinerary.</summary>
    public BookingItinerary? Itinerary { get; init; }

    /// <summary>Direct booking: the shipment (pieces, weight and volume required).</summary>
    public Shipment? Shipment { get; init; }

    /// <summary>The AWB number <c>PPP-NNNNNNNN</c>; required when the flight's <c>features.awbOptional</c> is false.</summary>
    public string? Awb { get; init; }

    /// <summary>A comment for the airline.</summary>
    public string? Comment { get; init; }

    /// <summary>Handling codes.</summary>
    public IReadOnlyList<string>? HandlingCodes { get; init; }

    /// <summary>The allotment code.</summary>
    public string? AllotmentCode { get; init; }

    /// <summary>The id of a direct booking still processing; the client sets it while polling.</summary>
    public string? Id { get; init; }
}
