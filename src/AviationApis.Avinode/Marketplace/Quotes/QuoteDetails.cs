using System.Text.Json;
using System.Text.Json.Serialization;

namespace AviationApis.Avinode.Marketplace.Quotes;

/// <summary>The <c>quote</c> of a <see cref="QuoteSubmission"/>: the flown segments, the aircraft, the price and its breakdown.</summary>
public sealed record QuoteDetails
{
    /// <summary>The segments as quoted (including positioning legs, with <see cref="QuoteSegment.ShowToBuyer"/>).</summary>
    public IReadOnlyList<QuoteSegment>? Segments { get; init; }

    /// <summary>The aircraft offered.</summary>
    public QuoteLift? Lift { get; init; }

    /// <summary>A message for the buyer shown with the quote.</summary>
    public string? MessageForBuyer { get; init; }

    /// <summary>The ISO 4217 currency of the prices, e.g. <c>USD</c>.</summary>
    public string? CurrencyCode { get; init; }

    /// <summary>Your own id for the quote.</summary>
    public string? SellerUniqueQuoteIdentifier { get; init; }

    /// <summary>The total price.</summary>
    public decimal? TotalPrice { get; init; }

    /// <summary>The price breakdown.</summary>
    public IReadOnlyList<QuoteLineItem>? LineItems { get; init; }

    /// <summary>Attached documents.</summary>
    public IReadOnlyList<QuoteAttachment>? Attachments { get; init; }

    /// <summary>Members this SDK version does not know, kept when read.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; internal set; }

    private bool PrintMembers(System.Text.StringBuilder builder) =>
        ModelText.Of(builder).Add(Segments).Add(Lift).Add(MessageForBuyer).Add(CurrencyCode)
            .Add(SellerUniqueQuoteIdentifier).Add(TotalPrice).Add(LineItems).Add(Attachments)
            .Add(AdditionalProperties).Written;
}
