using System.Text.Json;
using System.Text.Json.Serialization;
using AviationApis.Avinode.Json;

namespace AviationApis.Avinode.Marketplace.Quotes;

/// <summary>A segment of a quote: a trip segment plus what the seller computed (distance, block and flight time).</summary>
public sealed record QuoteSegment
{
    /// <summary>The departure airport.</summary>
    public MarketplaceAirport? StartAirport { get; init; }

    /// <summary>The arrival airport.</summary>
    public MarketplaceAirport? EndAirport { get; init; }

    /// <summary>The date and time.</summary>
    public SegmentDateTime? DateTime { get; init; }

    /// <summary>The number of passengers (written as a string, as in the vendor's examples).</summary>
    [JsonConverter(typeof(IntAsStringJsonConverter))]
    public int PaxCount { get; init; }

    /// <summary>Whether the segment carries passengers (<see langword="false"/> for positioning).</summary>
    public bool? PaxSegment { get; init; }

    /// <summary>Whether the buyer sees the segment (e.g. hide positioning legs).</summary>
    public bool? ShowToBuyer { get; init; }

    /// <summary>The distance in nautical miles (<c>distanceNM</c>).</summary>
    [JsonPropertyName("distanceNM")]
    public int? DistanceNm { get; init; }

    /// <summary>The block time in minutes.</summary>
    public int? BlockTimeMinutes { get; init; }

    /// <summary>The flight time in minutes.</summary>
    public int? FlightMinutes { get; init; }

    /// <summary>Members this SDK version does not know, kept when read.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; internal set; }

    private bool PrintMembers(System.Text.StringBuilder builder) =>
        ModelText.Of(builder).Add(StartAirport).Add(EndAirport).Add(DateTime).Add(PaxCount).Add(PaxSegment)
            .Add(ShowToBuyer).Add(DistanceNm).Add(BlockTimeMinutes).Add(FlightMinutes).Add(AdditionalProperties)
            .Written;
}
