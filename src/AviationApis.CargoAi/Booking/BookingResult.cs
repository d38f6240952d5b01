using System.Text.Json;
using System.Text.Json.Serialization;

namespace AviationApis.CargoAi.Booking;

/// <summary>
/// The answer of <c>POST /book</c> (and the <c>bookingResponse</c> of track): PENDING_DELIVERY (confirmed, HTTP 200) or
/// PENDING_AIRLINE_INFORMATION (requested, HTTP 202: follow <see cref="TrackingUrl"/> or wait for the booking callback).
/// </summary>
public sealed record BookingResult
{
    /// <summary>The booked flight id.</summary>
    [JsonPropertyName("flightUUID")]
    public string? FlightUuid { get; init; }

    /// <summary>The direct-booking request id (while DIRECT_BOOKING_PROCESSING).</summary>
    public string? Id { get; init; }

    /// <summary>The booking status.</summary>
    public BookingStatus BookingStatus { get; init; }

    /// <summary>The AWB number.</summary>
    public string? Awb { get; init; }

    /// <summary>The vendor's description.</summary>
    public string? Description { get; init; }

    /// <summary>Where to follow the booking (<c>…/track?flight-uuid=…</c>).</summary>
    [JsonPropertyName("trackingURL")]
    public Uri? TrackingUrl { get; init; }

    /// <summary>Handling codes of the booking.</summary>
    public IReadOnlyList<string>? HandlingCodes { get; init; }

    /// <summary>Members this SDK version does not model (e.g. <c>ffr</c> in track).</summary>
    [JsonExtensionData]
    [JsonInclude]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; internal set; }

    private bool PrintMembers(System.Text.StringBuilder builder) =>
        ModelText.Of(builder).Add(FlightUuid).Add(Id).Add(BookingStatus).Add(Awb).Add(Description).Add(TrackingUrl)
            .Add(HandlingCodes).Add(AdditionalProperties).Written;
}
