using System.Text.Json;
using System.Text.Json.Serialization;
using AviationApis.Avinode.Json;
using AviationApis.Avinode.Resources;

namespace AviationApis.Avinode.Marketplace.EmptyLegs;

/// <summary>
/// An empty leg found by a search. Empty legs are not scheduled flights: times and routes are flexible and must be
/// confirmed with the operator. The shape is not published: members beyond the resource basics are assumptions;
/// the rest is kept in <see cref="AdditionalProperties"/>.
/// </summary>
public sealed record EmptyLeg
{
    /// <summary>The empty leg's id (an API id: store it and pass it back; do not display or parse it).</summary>
    public ResourceId Id { get; init; }

    /// <summary>The empty leg's URI.</summary>
    public string? Href { get; init; }

    /// <summary>The resource type.</summary>
    public string? Type { get; init; }

    /// <summary>The departure airport, when sent.</summary>
    public MarketplaceAirport? StartAirport { get; init; }

    /// <summary>The arrival airport, when sent.</summary>
    public MarketplaceAirport? EndAirport { get; init; }

    /// <summary>The aircraft type, when sent.</summary>
    [JsonConverter(typeof(NamedResourceJsonConverter))]
    public NamedResource? AircraftType { get; init; }

    /// <summary>The tail, when sent.</summary>
    [JsonConverter(typeof(NamedResourceJsonConverter))]
    public NamedResource? AircraftTail { get; init; }

    /// <summary>Relationships.</summary>
    public MarketplaceLinks? Links { get; init; }

    /// <summary>Deep links and operations.</summary>
    public MarketplaceActions? Actions { get; init; }

    /// <summary>Members this SDK version does not know (times, prices, seller).</summary>
    [JsonExtensionData]
    [JsonInclude]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; internal set; }

    private bool PrintMembers(System.Text.StringBuilder builder) =>
        ModelText.Of(builder).Add(Id).Add(Href).Add(Type).Add(StartAirport).Add(EndAirport).Add(AircraftType)
            .Add(AircraftTail).Add(Links).Add(Actions).Add(AdditionalProperties).Written;
}
