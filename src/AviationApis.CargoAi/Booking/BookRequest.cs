using System.Text.Json.Serialization;
using AviationApis.CargoAi.Errors;
using AviationApis.CargoAi.Search;
using AviationApis.CargoAi.Shipments;

namespace AviationApis.CargoAi.Booking;

/// <summary>
/// The body of <c>POST /book</c>. Classic booking: the <see cref="Flight"/> and <see cref="Rate"/> chosen from a search
/// (or only their ids, <see cref="FlightUuid"/> + <see cref="RateId"/>). Direct / allotment booking:
/// <see cref="Itinerary"/> + <see cref="Shipment"/>. With <see cref="Flight"/> (and <see cref="Rate"/>) given, the client
/// refuses before sending what the vendor would refuse: coloader and manual rates, unbookable flights
/// (<see cref="CargoAiNotBookableException"/>), and a missing or malformed AWB (<see cref="Core.Errors.ValidationFailedException"/>).
/// </summary>
public sealed record BookRequest
{
    /// <summary>The user booking (required).</summary>
    public required BookingUser User { get; init; }

    /// <summary>
    /// Classic booking: the flight chosen from the search (not sent). Its <c>flightUUID</c> is sent when
    /// <see cref="FlightUuid"/> is not set, and its <see cref="Flight.BookabilityOf"/> is checked before sending.
    /// </summary>
    [JsonIgnore]
    public Flight? Flight { get; init; }

    /// <summary>Classic booking: the rate chosen from <see cref="Flight"/>'s rates (not sent). Its id is sent when <see cref="RateId"/> is not set.</summary>
    [JsonIgnore]
    public Rate? Rate { get; init; }

    /// <summary>Classic booking: the flight id from the search.</summary>
    [JsonPropertyName("flightUUID")]
    public string? FlightUuid { get; init; }

    /// <summary>Classic booking: the rate id from the search.</summary>
    public string? RateId { get; init; }

    /// <summary>Direct booking: the itinerary.</summary>
    public BookingItinerary? Itinerary { get; init; }

    /// <summary>Direct booking: the shipment (pieces, weight and volume required).</summary>
    public Shipment? Shipment { get; init; }

    /// <summary>
    /// The AWB number <c>PPP-NNNNNNNN</c> (a prefix from the flight's <c>awbPrefixes</c>, a hyphen, the 8-digit serial);
    /// required when the flight's <c>features.awbOptional</c> is not true (see <see cref="FlightBookability.AwbRequired"/>).
    /// </summary>
    public string? Awb { get; init; }

    /// <summary>A comment for the airline.</summary>
    public string? Comment { get; init; }

    /// <summary>Handling codes.</summary>
    public IReadOnlyList<string>? HandlingCodes { get; init; }

    /// <summary>The allotment code.</summary>
    public string? AllotmentCode { get; init; }

    /// <summary>The id of a direct booking still processing; the client sets it while polling.</summary>
    public string? Id { get; init; }

    private bool PrintMembers(System.Text.StringBuilder builder) =>
        ModelText.Of(builder).Add(User).Add(Flight).Add(Rate).Add(FlightUuid).Add(RateId).Add(Itinerary).Add(Shipment)
            .Add(Awb).Add(Comment).Add(HandlingCodes).Add(AllotmentCode).Add(Id).Written;
}
