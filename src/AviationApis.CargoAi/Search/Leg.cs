using System.Text.Json;
using System.Text.Json.Serialization;
using AviationApis.CargoAi.Json;
using NodaTime;

namespace AviationApis.CargoAi.Search;

/// <summary>One leg of a flight.</summary>
public sealed record Leg
{
    /// <summary>Flight number with airline code.</summary>
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

    /// <summary>Aircraft body type.</summary>
    public AircraftBodyType? BodyType { get; init; }

    /// <summary>Aircraft code, e.g. <c>777</c>, <c>77F</c>.</summary>
    public string? AircraftCode { get; init; }

    /// <summary>CO2 emissions of the leg.</summary>
    public Co2Calculation? Co2 { get; init; }

    /// <summary>The flight number split into carrier and number.</summary>
    public DetailedFlightNumber? DetailedFlightNumber { get; init; }

    /// <summary>Members this SDK version does not model (e.g. <c>parentFlightUUID</c>).</summary>
    [JsonExtensionData]
    [JsonInclude]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; internal set; }

    private bool PrintMembers(System.Text.StringBuilder builder) =>
        ModelText.Of(builder).Add(FlightNumber).Add(DepartureAirport).Add(DepartureTime).Add(ArrivalAirport)
            .Add(ArrivalTime).Add(BodyType).Add(AircraftCode).Add(Co2).Add(DetailedFlightNumber)
            .Add(AdditionalProperties).Written;
}
