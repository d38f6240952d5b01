using System.Text.Json;
using System.Text.Json.Serialization;
using AviationApis.Avinode.Resources;

namespace AviationApis.Avinode.SchedAero.Reports;

/// <summary>The links of a tripsheet.</summary>
public sealed record TripsheetLinks
{
    /// <summary>The link that streams the tripsheet PDF (<c>generate-pdf</c>).</summary>
    [JsonPropertyName("generate-pdf")]
    public ResourceLink? GeneratePdf { get; init; }

    /// <summary>Links this SDK version does not know.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; internal set; }

    private bool PrintMembers(System.Text.StringBuilder builder) =>
        ModelText.Of(builder).Add(GeneratePdf).Add(AdditionalProperties).Written;
}
