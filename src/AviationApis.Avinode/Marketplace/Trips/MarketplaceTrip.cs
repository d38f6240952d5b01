using System.Text.Json;
using System.Text.Json.Serialization;
using AviationApis.Avinode.Json;
using AviationApis.Avinode.Resources;

namespace AviationApis.Avinode.Marketplace.Trips;

/// <summary>
/// An Avinode Marketplace trip (type <c>trips</c>, id <c>atrip-…</c>), as created or read. Open
/// <see cref="MarketplaceActions.SearchInAvinode"/> to search for it in the Avinode web application.
/// </summary>
public sealed record MarketplaceTrip
{
    /// <summary>The trip's id (an API id: do not display or parse it — show <see cref="TripId"/> instead).</summary>
    public ResourceId Id { get; init; }

    /// <summary>The trip's URI.</summary>
    public string? Href { get; init; }

    /// <summary>The resource type, <c>trips</c>.</summary>
    public string? Type { get; init; }

    /// <summary>The short trip id shown in Avinode (e.g. <c>A1B2C3</c>); the vendor shows it to users, so it may be displayed.</summary>
    public string? TripId { get; init; }

    /// <summary>Your own id for the trip, when set at creation.</summary>
    public string? ExternalTripId { get; init; }

    /// <summary>The itinerary, when returned (ask with sparse fields).</summary>
    public IReadOnlyList<TripSegment>? Segments { get; init; }

    /// <summary>Whether the trip was cancelled, when returned.</summary>
    [JsonConverter(typeof(FlexibleBooleanJsonConverter))]
    public bool? Canceled { get; init; }

    /// <summary>The deep links and operations: <c>searchInAvinode</c>, <c>viewInAvinode</c>, <c>cancel</c>.</summary>
    public MarketplaceActions? Actions { get; init; }

    /// <summary>Relationships (e.g. the trip's RFQs).</summary>
    public MarketplaceLinks? Links { get; init; }

    /// <summary>Members this SDK version does not know.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; internal set; }

    private bool PrintMembers(System.Text.StringBuilder builder) =>
        ModelText.Of(builder).Add(Id).Add(Href).Add(Type).Add(TripId).Add(ExternalTripId).Add(Segments).Add(Canceled)
            .Add(Actions).Add(Links).Add(AdditionalProperties).Written;
}
