using System.Text.Json;
using System.Text.Json.Serialization;
using AviationApis.Cangooroo.Json;
using AviationApis.Core.Json;
using NodaTime;

namespace AviationApis.Cangooroo.Search;

/// <summary>
/// One outbound or return option of a <see cref="FlightSolution"/> (an item of <c>Depart</c> or <c>Return</c>): a
/// journey of one or more legs. Times are local to the airports, never converted through a time zone.
/// </summary>
/// <remarks>
/// The vendor returns the ids of round-trip options as <c>stretchId</c> instead of <c>Id</c>. Both are read (member names
/// ignore case, as the vendor mixes <c>PascalCase</c> and <c>camelCase</c>), and <see cref="Id"/> prefers the stretch id:
/// it is the id sent as <c>DepartId</c>/<c>ReturnId</c> in the policies and booking requests.
/// </remarks>
public sealed record Flight
{
    private readonly string _optionId = string.Empty;
    private readonly IReadOnlyList<LuggageAllowance>? _luggage;
    private readonly IReadOnlyList<FlightLeg> _legs = [];

    /// <summary>
    /// The id that selects this option within its solution: <see cref="StretchId"/> when the vendor sent one (round
    /// trips), else the <c>Id</c> member (a number or a string on the wire). Setting it sets the <c>Id</c> member.
    /// Do not display or parse it.
    /// </summary>
    [JsonIgnore]
    public string Id { get => string.IsNullOrEmpty(StretchId) ? _optionId : StretchId; init => _optionId = value ?? string.Empty; }

    /// <summary>The round-trip option id (<c>stretchId</c>, any casing; a number or a string); <see langword="null"/> when not sent.</summary>
    [JsonPropertyName("stretchId")]
    [JsonConverter(typeof(NumberOrStringJsonConverter))]
    public string? StretchId { get; init; }

    /// <summary>The <c>Id</c> member as sent (empty when absent).</summary>
    [JsonInclude]
    [JsonPropertyName("Id")]
    [JsonConverter(typeof(NumberOrStringJsonConverter))]
    internal string OptionId { get => _optionId; init => _optionId = value ?? string.Empty; }

    /// <summary>The airline's name.</summary>
    public string? Airline { get; init; }

    /// <summary>The airline's code (<c>AirlineCod</c>).</summary>
    [JsonPropertyName("AirlineCod")]
    public string? AirlineCode { get; init; }

    /// <summary>The cabin as the vendor names it, possibly localized (e.g. <c>Executiva</c>; wire name <c>Class</c>).</summary>
    [JsonPropertyName("Class")]
    public string? Cabin { get; init; }

    /// <summary>The local departure time (<c>DepartureDate</c>, <c>dd/MM/yyyy HH:mm:ss</c>).</summary>
    [JsonPropertyName("DepartureDate")]
    [JsonConverter(typeof(DayMonthYearLocalDateTimeJsonConverter))]
    public LocalDateTime? DepartureTime { get; init; }

    /// <summary>The local arrival time (<c>ArrivalDate</c>, <c>dd/MM/yyyy HH:mm:ss</c>).</summary>
    [JsonPropertyName("ArrivalDate")]
    [JsonConverter(typeof(DayMonthYearLocalDateTimeJsonConverter))]
    public LocalDateTime? ArrivalTime { get; init; }

    /// <summary>The flight numbers as sent, legs joined by <c>"; "</c>, e.g. <c>TO48591; TO27093; TO27239</c>.</summary>
    public string? FlightNumber { get; init; }

    /// <summary><see cref="FlightNumber"/> split into one entry per leg.</summary>
    [JsonIgnore]
    public IReadOnlyList<string> FlightNumbers => FlightNumberList.Split(FlightNumber);

    /// <summary>The departure airport's IATA code (<c>IataOriginAirport</c>).</summary>
    [JsonPropertyName("IataOriginAirport")]
    public string? Origin { get; init; }

    /// <summary>The arrival airport's IATA code (<c>IataDestinyAirport</c>, the vendor's spelling).</summary>
    [JsonPropertyName("IataDestinyAirport")]
    public string? Destination { get; init; }

    /// <summary>The number of stops (<c>QtdStops</c>).</summary>
    [JsonPropertyName("QtdStops")]
    public int? Stops { get; init; }

    /// <summary>The baggage allowances (<c>Luggages</c>); empty when none were sent.</summary>
    [JsonPropertyName("Luggages")]
    public IReadOnlyList<LuggageAllowance> Luggage { get => _luggage ?? []; init => _luggage = value; }

    /// <summary>Whether the vendor stated the luggage (a <c>Luggages</c> array, possibly empty), so it can be compared.</summary>
    internal bool LuggageStated => _luggage is not null;

    /// <summary>The legs; empty when none were sent.</summary>
    public IReadOnlyList<FlightLeg> Legs { get => _legs; init => _legs = value ?? []; }

    /// <summary>Members this SDK version does not know, kept as sent.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; internal set; }

    private bool PrintMembers(System.Text.StringBuilder builder) =>
        ModelText.Of(builder).Add(Id).Add(StretchId).Add(Airline).Add(AirlineCode).Add(Cabin).Add(DepartureTime)
            .Add(ArrivalTime).Add(FlightNumber).Add(FlightNumbers).Add(Origin).Add(Destination).Add(Stops)
            .Add(Luggage).Add(Legs).Add(AdditionalProperties).Written;
}
