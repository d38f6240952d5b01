using System.Text.Json;
using System.Text.Json.Serialization;

namespace AviationApis.Avinode.Marketplace.Trips;

/// <summary>A lift requirement of a trip's criteria, e.g. <c>{"aircraftCategory": "Midsize jet"}</c>.</summary>
public sealed record RequiredLift
{
    /// <summary>The aircraft category as Avinode names it, e.g. <c>Light jet</c>, <c>Midsize jet</c>, <c>Heavy jet</c>.</summary>
    public string? AircraftCategory { get; init; }

    /// <summary>Members this SDK version does not know, kept when read.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; internal set; }

    private bool PrintMembers(System.Text.StringBuilder builder) =>
        ModelText.Of(builder).Add(AircraftCategory).Add(AdditionalProperties).Written;
}
