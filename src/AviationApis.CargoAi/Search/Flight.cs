using System.Text.Json;
using System.Text.Json.Serialization;
using AviationApis.CargoAi.Json;
using AviationApis.Core.Json;
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

    /// <summary>
    /// The airline when the vendor lists it as needing an airline customer id for rate search (matched by
    /// <see cref="AirlineCode"/>, IATA or ICAO), else <see langword="null"/>.
    /// </summary>
    [JsonIgnore]
    public Users.CargoAiAirline? AirlineNeedingCustomerId => Users.AirlineRecognition.FindAirlineRequiringCustomerId(AirlineCode);

    /// <summary>
    /// Whether the flight can be booked through the API, why not, and what a booking needs: <c>available</c> and
    /// <c>features.bookable</c> both true and at least one rate that is neither a coloader rate nor a manual rate (a
    /// flight without rates is judged on its flags). Use <see cref="BookabilityOf"/> for the rate you book.
    /// </summary>
    [JsonIgnore]
    public FlightBookability Bookability => Judge(Rates?.FirstOrDefault(r => r is not null && r.IsApiBookable) ?? Rates?.FirstOrDefault(r => r is not null));

    /// <summary>Whether the flight can be booked through the API at <paramref name="rate"/> (one of <see cref="Rates"/>), why not, and what the booking needs.</summary>
    /// <param name="rate">The rate to book.</param>
    /// <returns>The bookability of that offer.</returns>
    public FlightBookability BookabilityOf(Rate rate)
    {
        ArgumentNullException.ThrowIfNull(rate);
        return Judge(rate);
    }

    private FlightBookability Judge(Rate? rate)
    {
        var prefixes = (AwbPrefixes ?? []).Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p.Trim())
            .Concat(SingularAwbPrefix() is { } single ? [single] : [])
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        var link = rate?.BookingUrl ?? Rates?.FirstOrDefault(r => r?.BookingUrl is not null)?.BookingUrl;
        const string Elsewhere = "booking via CargoMART (FlyWINDOW: FlyWindowLink)";
        FlightBookability NotBookable(FlightBookabilityProblem problem, string reason) =>
            new(false, reason) { Problem = problem, FlyWindowLink = link, AwbPrefixes = prefixes, AwbRequired = Features?.AwbOptional != true };

        if (Available != true)
        {
            return NotBookable(FlightBookabilityProblem.NotAvailable, string.IsNullOrWhiteSpace(AvailableReason) ? "The flight is not available." : AvailableReason);
        }

        if (rate is { IsColoaderRate: true })
        {
            return NotBookable(FlightBookabilityProblem.ColoaderRate, $"A coloader-fallback rate (no IATA CASS or airline customer id recognised): not bookable via API; {Elsewhere}.");
        }

        if (rate is { IsManualRate: true })
        {
            return NotBookable(FlightBookabilityProblem.ManualRate, $"A manual rate (isManualRate): not bookable via API; {Elsewhere}.");
        }

        if (Features?.Bookable != true)
        {
            return NotBookable(FlightBookabilityProblem.NotBookableThroughApi, $"The airline does not accept API bookings for this flight (features.bookable is not true): {Elsewhere}.");
        }

        var awbRequired = Features!.AwbOptional != true;
        return new FlightBookability(true, awbRequired ? $"An AWB is required (features.awbOptional is not true): {AirWaybill.Describe(prefixes)}." : null)
        {
            AwbRequired = awbRequired,
            AwbPrefixes = prefixes,
            FlyWindowLink = link,
        };
    }

    // One vendor example carries a singular "awbPrefix" instead of the list.
    private string? SingularAwbPrefix() =>
        AdditionalProperties is not null
        && AdditionalProperties.FirstOrDefault(p => string.Equals(p.Key, "awbPrefix", StringComparison.OrdinalIgnoreCase)) is { Key: not null } entry
        && LenientJsonText.GetString(entry.Value) is { } prefix
        && !string.IsNullOrWhiteSpace(prefix)
            ? prefix.Trim()
            : null;

    /// <summary>Members this SDK version does not model (e.g. <c>sortingFlightKey</c>, <c>awbPrefix</c>).</summary>
    [JsonExtensionData]
    [JsonInclude]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; internal set; }

    private bool PrintMembers(System.Text.StringBuilder builder) =>
        ModelText.Of(builder).Add(FlightUuid).Add(FlightUid).Add(AirlineCode).Add(FlightNumber).Add(DepartureAirport)
            .Add(DepartureTime).Add(ArrivalAirport).Add(ArrivalTime).Add(LatestAcceptanceTime).Add(TimeOfAvailability)
            .Add(Stops).Add(Legs).Add(Features).Add(Rates).Add(Available).Add(AvailableReason).Add(AwbPrefixes)
            .Add(AirlineConditions).Add(SalesConditions).Add(Contacts).Add(HandlingInfoLink).Add(GhaName)
            .Add(GhaAddress).Add(Hle).Add(Source).Add(AirlineNeedingCustomerId).Add(Bookability)
            .Add(AdditionalProperties).Written;
}
