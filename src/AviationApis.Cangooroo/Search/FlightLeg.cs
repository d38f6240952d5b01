using System.Text.Json;
using System.Text.Json.Serialization;
using AviationApis.Core.Json;
using NodaTime;

namespace AviationApis.Cangooroo.Search;

/// <summary>One leg (one take-off and landing) of a <see cref="Flight"/>. Times are local to the airport.</summary>
public sealed record FlightLeg
{
    /// <summary>The leg's flight number, e.g. <c>TO48591</c>.</summary>
    public string? FlightNumber { get; init; }

    /// <summary>The local departure time at <see cref="Origin"/> (<c>DepartureDate</c>, <c>dd/MM/yyyy HH:mm:ss</c>).</summary>
    [JsonPropertyName("DepartureDate")]
    [JsonConverter(typeof(DayMonthYearLocalDateTimeJsonConverter))]
    public LocalDateTime? DepartureTime { get; init; }

    /// <summary>The local arrival time at <see cref="Destination"/> (<c>ArrivalDate</c>, <c>dd/MM/yyyy HH:mm:ss</c>).</summary>
    [JsonPropertyName("ArrivalDate")]
    [JsonConverter(typeof(DayMonthYearLocalDateTimeJsonConverter))]
    public LocalDateTime? ArrivalTime { get; init; }

    /// <summary>The departure airport's IATA code (<c>IataOriginAirport</c>).</summary>
    [JsonPropertyName("IataOriginAirport")]
    public string? Origin { get; init; }

    /// <summary>The arrival airport's IATA code (<c>IataDestinyAirport</c>, the vendor's spelling).</summary>
    [JsonPropertyName("IataDestinyAirport")]
    public string? Destination { get; init; }

    /// <summary>The operating airline's code (<c>AirlineCod</c>).</summary>
    [JsonPropertyName("AirlineCod")]
    public string? AirlineCode { get; init; }

    /// <summary>Members this SDK version does not know, kept as sent.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; internal set; }

    private bool PrintMembers(System.Text.StringBuilder builder) =>
        ModelText.Of(builder).Add(FlightNumber).Add(DepartureTime).Add(ArrivalTime).Add(Origin).Add(Destination)
            .Add(AirlineCode).Add(AdditionalProperties).Written;
}
