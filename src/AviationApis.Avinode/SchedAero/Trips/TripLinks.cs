using System.Text.Json;
using System.Text.Json.Serialization;
using AviationApis.Avinode.Json;
using AviationApis.Avinode.Resources;

namespace AviationApis.Avinode.SchedAero.Trips;

/// <summary>The relationships of a quoted or scheduled trip.</summary>
public sealed record TripLinks
{
    /// <summary>The contact who requested the trip.</summary>
    public ResourceLink? Requester { get; init; }

    /// <summary>The staff member assigned as salesperson.</summary>
    public ResourceLink? Salesperson { get; init; }

    /// <summary>The active flight legs of a scheduled trip.</summary>
    [JsonConverter(typeof(ResourceLinkListJsonConverter))]
    public IReadOnlyList<ResourceLink>? Itinerary { get; init; }

    /// <summary>The requested legs of a quoted trip (passenger segments, no flight times).</summary>
    [JsonConverter(typeof(ResourceLinkListJsonConverter))]
    public IReadOnlyList<ResourceLink>? RequestedItinerary { get; init; }

    /// <summary>The quotes (a scheduled trip has at most one).</summary>
    [JsonConverter(typeof(ResourceLinkListJsonConverter))]
    public IReadOnlyList<ResourceLink>? Quotes { get; init; }

    /// <summary>The pilot and passenger tripsheets (or use <see cref="ISchedAeroClient.GetTripReportsAsync"/>).</summary>
    [JsonConverter(typeof(ResourceLinkListJsonConverter))]
    public IReadOnlyList<ResourceLink>? Reports { get; init; }

    /// <summary>The Avinode API RFQ this trip was imported from (<c>avinode-rfq</c>); on the Avinode host.</summary>
    [JsonPropertyName("avinode-rfq")]
    public ResourceLink? AvinodeRfq { get; init; }

    /// <summary>The Avinode API client lead this trip was imported from (<c>avinode-lead</c>); on the Avinode host.</summary>
    [JsonPropertyName("avinode-lead")]
    public ResourceLink? AvinodeLead { get; init; }

    /// <summary>Relationships this SDK version does not know.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; internal set; }

    private bool PrintMembers(System.Text.StringBuilder builder) =>
        ModelText.Of(builder).Add(Requester).Add(Salesperson).Add(Itinerary).Add(RequestedItinerary).Add(Quotes)
            .Add(Reports).Add(AvinodeRfq).Add(AvinodeLead).Add(AdditionalProperties).Written;
}
