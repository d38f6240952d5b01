using System.Text.Json;
using System.Text.Json.Serialization;
using AviationApis.Avinode.Marketplace.Rfqs;
using AviationApis.Avinode.Resources;

namespace AviationApis.Avinode.Marketplace.Quotes;

/// <summary>
/// A seller's quote as the buyer reads it (<c>GET /quotes/{id}</c>, id <c>aquote-…</c>). The vendor's reference for
/// this read is not public: the members named here are those third-party clients read; the rest is kept in
/// <see cref="AdditionalProperties"/>.
/// </summary>
public sealed record MarketplaceQuote
{
    /// <summary>The quote's id (an API id: store it and pass it back; do not display or parse it).</summary>
    public ResourceId Id { get; init; }

    /// <summary>The quote's URI.</summary>
    public string? Href { get; init; }

    /// <summary>The resource type.</summary>
    public string? Type { get; init; }

    /// <summary>The seller's price (including the buyer's commission, when any).</summary>
    public MarketplacePrice? SellerPrice { get; init; }

    /// <summary>The seller's price without commission.</summary>
    public MarketplacePrice? SellerPriceWithoutCommission { get; init; }

    /// <summary>The seller's message.</summary>
    public string? SellerMessage { get; init; }

    /// <summary>The quoted segments, when sent.</summary>
    public IReadOnlyList<TripSegment>? Segments { get; init; }

    /// <summary>The price breakdown, when sent (ask for it with <see cref="RfqInclude.QuoteBreakdown"/> on RFQ reads).</summary>
    public IReadOnlyList<QuoteLineItem>? LineItems { get; init; }

    /// <summary>Relationships.</summary>
    public MarketplaceLinks? Links { get; init; }

    /// <summary>Operations.</summary>
    public MarketplaceActions? Actions { get; init; }

    /// <summary>Members this SDK version does not know.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; internal set; }

    private bool PrintMembers(System.Text.StringBuilder builder) =>
        ModelText.Of(builder).Add(Id).Add(Href).Add(Type).Add(SellerPrice).Add(SellerPriceWithoutCommission)
            .Add(SellerMessage).Add(Segments).Add(LineItems).Add(Links).Add(Actions).Add(AdditionalProperties)
            .Written;
}
