using System.Text.Json;
using System.Text.Json.Serialization;
using AviationApis.Avinode.Json;
using AviationApis.Avinode.Resources;
using AviationApis.Avinode.SchedAero.Trips;

namespace AviationApis.Avinode.SchedAero.FlightLegs;

/// <summary>The relationships of a flight leg.</summary>
public sealed record FlightLegLinks
{
    /// <summary>The trip the leg belongs to.</summary>
    public ResourceLink? Trip { get; init; }

    /// <summary>The aircraft, aircraft type or category assigned to fly the leg.</summary>
    public ResourceLink? Lift { get; init; }

    /// <summary>The crew assignments.</summary>
    [JsonConverter(typeof(ResourceLinkListJsonConverter))]
    public IReadOnlyList<ResourceLink>? Crew { get; init; }

    /// <summary>The pilot and passenger tripsheets of this leg (or use <see cref="ISchedAeroClient.GetFlightLegReportsAsync"/>).</summary>
    [JsonConverter(typeof(ResourceLinkListJsonConverter))]
    public IReadOnlyList<ResourceLink>? Reports { get; init; }

    /// <summary>Relationships this SDK version does not know.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; internal set; }

    private bool PrintMembers(System.Text.StringBuilder builder) =>
        ModelText.Of(builder).Add(Trip).Add(Lift).Add(Crew).Add(Reports).Add(AdditionalProperties).Written;
}
