using System.Text.Json;
using System.Text.Json.Serialization;
using AviationApis.Avinode.Resources;

namespace AviationApis.Avinode.SchedAero.Quotes;

/// <summary>A quote (<c>GET /quotes/{id}</c>, type <c>schedaero-quote</c>). Download its PDF with <see cref="ISchedAeroClient.DownloadPdfAsync"/> and <see cref="QuoteLinks.GeneratePdf"/>.</summary>
public sealed record Quote
{
    /// <summary>The quote's id (an API id: store it and pass it back; do not display or parse it).</summary>
    public ResourceId Id { get; init; }

    /// <summary>The quote's URI.</summary>
    public string? Href { get; init; }

    /// <summary>The resource type, <c>schedaero-quote</c>.</summary>
    public string? Type { get; init; }

    /// <summary>Relationships: trip, itinerary and the <c>generate-pdf</c> link.</summary>
    public QuoteLinks? Links { get; init; }

    /// <summary>Members this SDK version does not know.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; internal set; }

    private bool PrintMembers(System.Text.StringBuilder builder) =>
        ModelText.Of(builder).Add(Id).Add(Href).Add(Type).Add(Links).Add(AdditionalProperties).Written;
}
