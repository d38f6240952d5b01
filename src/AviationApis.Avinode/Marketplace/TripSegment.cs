using System.Text.Json;
using System.Text.Json.Serialization;
using AviationApis.Avinode.Json;

namespace AviationApis.Avinode.Marketplace;

/// <summary>
/// One leg of a trip, RFQ or empty-leg search: airports, date and time, passengers. Sent when creating a trip; read
/// back on trips and RFQs (which may add <c>departureDateTime</c> and other members, kept).
/// </summary>
public sealed record TripSegment
{
    /// <summary>The departure airport.</summary>
    public MarketplaceAirport? StartAirport { get; init; }

    /// <summary>The arrival airport.</summary>
    public MarketplaceAirport? EndAirport { get; init; }

    /// <summary>The requested date and time.</summary>
    public SegmentDateTime? DateTime { get; init; }

    /// <summary>The number of passengers (written as a string, as in the vendor's examples: <c>"paxCount": "4"</c>).</summary>
    [JsonConverter(typeof(IntAsStringJsonConverter))]
    public int PaxCount { get; init; }

    /// <summary>Whether the segment carries passengers (<see langword="false"/> for a positioning leg).</summary>
    public bool? PaxSegment { get; init; }

    /// <summary>Members this SDK version does not know (e.g. <c>departureDateTime</c> on responses).</summary>
    [JsonExtensionData]
    [JsonInclude]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; internal set; }

    private bool PrintMembers(System.Text.StringBuilder builder) =>
        ModelText.Of(builder).Add(StartAirport).Add(EndAirport).Add(DateTime).Add(PaxCount).Add(PaxSegment)
            .Add(AdditionalProperties).Written;
}
