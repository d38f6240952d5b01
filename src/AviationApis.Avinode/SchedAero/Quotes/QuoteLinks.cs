using System.Text.Json;
using System.Text.Json.Serialization;
using AviationApis.Avinode.Json;
using AviationApis.Avinode.Resources;
using AviationApis.Avinode.SchedAero.Trips;

namespace AviationApis.Avinode.SchedAero.Quotes;

/// <summary>The relationships of a quote.</summary>
public sealed record QuoteLinks
{
    /// <summary>The trip the quote belongs to.</summary>
    public ResourceLink? Trip { get; init; }

    /// <summary>The quote legs (request legs plus positioning legs, with flight times).</summary>
    [JsonConverter(typeof(ResourceLinkListJsonConverter))]
    public IReadOnlyList<ResourceLink>? Itinerary { get; init; }

    /// <summary>The link that streams the current quote PDF (<c>generate-pdf</c>).</summary>
    [JsonPropertyName("generate-pdf")]
    public ResourceLink? GeneratePdf { get; init; }

    /// <summary>Relationships this SDK version does not know.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; internal set; }

    private bool PrintMembers(System.Text.StringBuilder builder) =>
        ModelText.Of(builder).Add(Trip).Add(Itinerary).Add(GeneratePdf).Add(AdditionalProperties).Written;
}
