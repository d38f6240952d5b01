using System.Text.Json;
using System.Text.Json.Serialization;
using AviationApis.Avinode.Json;
using AviationApis.Avinode.Resources;
using NodaTime;

namespace AviationApis.Avinode.SchedAero.FlightLegs;

/// <summary>A flight leg (<c>GET /flightlegs/{id}</c>, type <c>schedaero-flightleg</c>).</summary>
/// <remarks>The leg's fields are not public; we read the shape in our wire-shapes commitment and keep everything else in <see cref="AdditionalProperties"/>.</remarks>
public sealed record FlightLeg
{
    /// <summary>The leg's id (an API id: store it and pass it back; do not display or parse it).</summary>
    public ResourceId Id { get; init; }

    /// <summary>The leg's URI.</summary>
    public string? Href { get; init; }

    /// <summary>The resource type, <c>schedaero-flightleg</c>.</summary>
    public string? Type { get; init; }

    /// <summary>The departure airport code (a code string, or the <c>icao</c>/<c>iata</c>/<c>id</c> of an airport object).</summary>
    [JsonConverter(typeof(AirportCodeJsonConverter))]
    public string? DepartureAirport { get; init; }

    /// <summary>The arrival airport code.</summary>
    [JsonConverter(typeof(AirportCodeJsonConverter))]
    public string? ArrivalAirport { get; init; }

    /// <summary>The departure time (UTC).</summary>
    public Instant? DepartureTimeUtc { get; init; }

    /// <summary>The arrival time (UTC).</summary>
    public Instant? ArrivalTimeUtc { get; init; }

    /// <summary>Relationships: trip, lift, crew, reports.</summary>
    public FlightLegLinks? Links { get; init; }

    /// <summary>Members this SDK version does not know.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; internal set; }

    private bool PrintMembers(System.Text.StringBuilder builder) =>
        ModelText.Of(builder).Add(Id).Add(Href).Add(Type).Add(DepartureAirport).Add(ArrivalAirport)
            .Add(DepartureTimeUtc).Add(ArrivalTimeUtc).Add(Links).Add(AdditionalProperties).Written;
}
