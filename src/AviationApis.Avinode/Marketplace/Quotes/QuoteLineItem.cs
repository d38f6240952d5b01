using System.Text.Json;
using System.Text.Json.Serialization;

namespace AviationApis.Avinode.Marketplace.Quotes;

/// <summary>One line of a quote's price breakdown.</summary>
public sealed record QuoteLineItem
{
    /// <summary>The kind of cost.</summary>
    public QuoteLineItemType? Type { get; init; }

    /// <summary>The name shown.</summary>
    public string? DisplayName { get; init; }

    /// <summary>A description.</summary>
    public string? Description { get; init; }

    /// <summary>The amount, in the quote's currency.</summary>
    public decimal? Price { get; init; }

    /// <summary>The unit price as the seller wants it shown.</summary>
    public string? FormattedUnitPrice { get; init; }

    /// <summary>The quantity as the seller wants it shown.</summary>
    public string? FormattedQuantity { get; init; }

    /// <summary>Whether the buyer sees the line.</summary>
    public bool? VisibleToBuyer { get; init; }

    /// <summary>Members this SDK version does not know, kept when read.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; internal set; }

    private bool PrintMembers(System.Text.StringBuilder builder) =>
        ModelText.Of(builder).Add(Type).Add(DisplayName).Add(Description).Add(Price).Add(FormattedUnitPrice)
            .Add(FormattedQuantity).Add(VisibleToBuyer).Add(AdditionalProperties).Written;
}
