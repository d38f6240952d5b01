using System.Text.Json;
using System.Text.Json.Serialization;
using AviationApis.Avinode.Json;
using AviationApis.Avinode.Resources;

namespace AviationApis.Avinode.Marketplace;

/// <summary>
/// The relationships of a Marketplace resource (<c>links.&lt;name&gt;</c>). Each is read as a list whether the server
/// sends one link or an array (arity is not documented). Follow them with
/// <see cref="IAvinodeMarketplaceClient.GetAsync{T}"/>; unknown relationships are kept in <see cref="AdditionalProperties"/>.
/// </summary>
public sealed record MarketplaceLinks
{
    /// <summary>The trip(s).</summary>
    [JsonConverter(typeof(ResourceLinkListJsonConverter))]
    public IReadOnlyList<ResourceLink>? Trips { get; init; }

    /// <summary>The RFQs (e.g. of a trip).</summary>
    [JsonConverter(typeof(ResourceLinkListJsonConverter))]
    public IReadOnlyList<ResourceLink>? Rfqs { get; init; }

    /// <summary>The trip messages (buyer messages, seller responses, chat) — <c>links.tripmsgs</c>.</summary>
    [JsonConverter(typeof(ResourceLinkListJsonConverter))]
    [JsonPropertyName("tripmsgs")]
    public IReadOnlyList<ResourceLink>? TripMessages { get; init; }

    /// <summary>The quotes.</summary>
    [JsonConverter(typeof(ResourceLinkListJsonConverter))]
    public IReadOnlyList<ResourceLink>? Quotes { get; init; }

    /// <summary>Relationships this SDK version does not name, as returned.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; internal set; }

    private bool PrintMembers(System.Text.StringBuilder builder) =>
        ModelText.Of(builder).Add(Trips).Add(Rfqs).Add(TripMessages).Add(Quotes).Add(AdditionalProperties).Written;
}
