using System.Text.Json;
using System.Text.Json.Serialization;
using AviationApis.CargoAi.Json;
using NodaTime;

namespace AviationApis.CargoAi.Search;

/// <summary>A flight (possibly connecting) with its rates, as returned by search, track and the callbacks.</summary>
public sealed record Flight
{
    /// <summary>The flight id used for booking.</summary>
    [JsonPropertyName("flightUUID")]
    public string? FlightUuid { get; init; }

    /// <summary>Deprecated flight id.</summary>
    [JsonPropertyName("flightUID")]
    public string? FlightUid { get; init; }

    /// <summary>The airline code.</summary>
    public string? AirlineCode { get; init; }

    /// <summary>The flight number with airline code; legs of connections joined by <c>-</c> (e.g. <c>00768-00687</c>).</summary>
    public string? FlightNumber { get; init; }

    /// <summary>Departure airport code.</summary>
    public string? DepartureAirport { get; init; }

    /// <summary>Departure time with the local offset.</summary>
    [JsonConverter(typeof(OptionalOffsetDateTimeJsonConverter))]
    public OffsetDateTime? DepartureTime { get; init; }

    /// <summary>Arrival airport code.</summary>
    public string? ArrivalAirport { get; init; }

    /// <summary>Arrival time with the local offset.</summary>
    [JsonConverter(typeof(OptionalOffsetDateTimeJsonConverter))]
    public OffsetDateTime? ArrivalTime { get; init; }

    /// <summary>Latest acceptance time at the first origin warehouse.</summary>
    [JsonConverter(typeof(OptionalOffsetDateTimeJsonConverter))]
    public OffsetDateTime? LatestAcceptanceTime { get; init; }

    /// <summary>The earliest time the shipment is available at the destination.</summary>
    [JsonConverter(typeof(OptionalOffsetDateTimeJsonConverter))]
    public OffsetDateTime? TimeOfAvailability { get; init; }

    /// <summary>Number of stops.</summary>
    public int? Stops { get; init; }

    /// <summary>The legs (<see langword="null"/> when not sent).</summary>
    public IReadOnlyList<Leg>? Legs { get; init; }

    /// <summary>Booking features (may be empty).</summary>
    public FlightFeatures? Features { get; init; }

    /// <summary>The rates offered (<see langword="null"/> when the vendor sends none, e.g. schedules).</summary>
    public IReadOnlyList<Rate>? Rates { get; init; }

    /// <summary>Whether the flight is eligible for booking (<see cref="FlightFeatures.Bookable"/> must be true as well; see <see cref="Bookability"/>).</summary>
    public bool? Available { get; init; }

    /// <summary>Why the flight is not available, e.g. <c>Dimensions are not loadable</c>.</summary>
    public string? AvailableReason { get; init; }

    /// <summary>AWB prefixes usable with the airline.</summary>
    public IReadOnlyList<string>? AwbPrefixes { get; init; }

    /// <summary>Conditions imposed by the airline (may contain HTML).</summary>
    public string? AirlineConditions { get; init; }

    /// <summary>Conditions of sale of the rate.</summary>
    public string? SalesConditions { get; init; }

    /// <summary>Email addresses for booking questions (GHA or airline).</summary>
    public IReadOnlyList<string>? Contacts { get; init; }

    /// <summary>Link to terms and conditions.</summary>
    public string? HandlingInfoLink { get; init; }

    /// <summary>Ground handling agent name.</summary>
    public string? GhaName { get; init; }

    /// <summary>Ground handling agent address.</summary>
    public string? GhaAddress { get; init; }

    /// <summary>"Heure Limite d'Enregistrement": latest acceptance as <c>HH:MM</c> text.</summary>
    public string? Hle { get; init; }

    /// <summary>Where the result came from (e.g. <c>AI-MOCK</c>).</summary>
    public string? Source { get; init; }

    /// <summary>Whether the flight can be booked through the API, with the reason when not (available and features.bookable both true).</summary>
    [JsonIgnore]
    public FlightBookability Bookability =>
        Available != true ? new FlightBookability(false, string.IsNullOrWhiteSpace(AvailableReason) ? "The flight is not available." : AvailableReason)
        : Features?.Bookable != true ? new FlightBookability(false, "The airline does not accept API bookings for this flight (features.bookable is not true); book it through FlyWINDOW.")
        : new FlightBookability(true, null);

    /// <summary>Members this SDK version does not model (e.g. <c>sortingFlightKey</c>, <c>awbPrefix</c>).</summary>
    [JsonExtensionData]
    [JsonInclude]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; internal set; }
}
