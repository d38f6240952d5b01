using System.Text.Json;
using System.Text.Json.Serialization;

namespace AviationApis.Avinode.Marketplace.Trips;

/// <summary>
/// What a trip searches for. Every member is optional; criteria this SDK version does not know are kept when read.
/// </summary>
public sealed record TripCriteria
{
    /// <summary>The aircraft categories to search, e.g. <c>Heavy jet</c>.</summary>
    public IReadOnlyList<RequiredLift>? RequiredLift { get; init; }

    /// <summary>Partnership filters, e.g. <c>My partnerships</c>.</summary>
    public IReadOnlyList<string>? RequiredPartnerships { get; init; }

    /// <summary>The most fuel stops per segment.</summary>
    public int? MaxFuelStopsPerSegment { get; init; }

    /// <summary>The longest initial positioning, in minutes.</summary>
    public int? MaxInitialPositioningTimeMinutes { get; init; }

    /// <summary>The oldest year of make accepted.</summary>
    public int? MinimumYearOfMake { get; init; }

    /// <summary>Whether larger categories than requested may be offered.</summary>
    public bool? IncludeLiftUpgrades { get; init; }

    /// <summary>Criteria this SDK version does not know, kept when read.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; internal set; }

    private bool PrintMembers(System.Text.StringBuilder builder) =>
        ModelText.Of(builder).Add(RequiredLift).Add(RequiredPartnerships).Add(MaxFuelStopsPerSegment)
            .Add(MaxInitialPositioningTimeMinutes).Add(MinimumYearOfMake).Add(IncludeLiftUpgrades)
            .Add(AdditionalProperties).Written;
}
