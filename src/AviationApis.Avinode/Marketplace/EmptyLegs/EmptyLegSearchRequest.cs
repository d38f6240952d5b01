using System.Text.Json;
using System.Text.Json.Serialization;
using AviationApis.Avinode.Marketplace.Trips;

namespace AviationApis.Avinode.Marketplace.EmptyLegs;

/// <summary>
/// An empty-leg search (<c>POST /emptylegs/search</c>). Matching is fuzzy: a leg near the route or time may be
/// returned. The vendor's public reference does not show the body: the SDK assumes the segment and criteria shapes of
/// trips and availability searches (<c>segments[]</c> with airports and <c>dateTime</c>, optional <c>criteria</c>).
/// </summary>
public sealed record EmptyLegSearchRequest
{
    /// <summary>The wanted route(s) and times; a segment may name only a start or only an end airport.</summary>
    public required IReadOnlyList<TripSegment> Segments { get; init; }

    /// <summary>Optional criteria (e.g. aircraft categories).</summary>
    public TripCriteria? Criteria { get; init; }

    /// <summary>Members this SDK version does not know, kept when read.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; internal set; }

    private bool PrintMembers(System.Text.StringBuilder builder) =>
        ModelText.Of(builder).Add(Segments).Add(Criteria).Add(AdditionalProperties).Written;
}
