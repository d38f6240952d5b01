using System.Text.Json;
using System.Text.Json.Serialization;

namespace AviationApis.Avinode.Marketplace;

/// <summary>An amount and its currency (<c>{price, currency}</c>, as third-party clients read quote prices).</summary>
public sealed record MarketplacePrice
{
    /// <summary>The amount.</summary>
    public decimal? Price { get; init; }

    /// <summary>The ISO 4217 currency, e.g. <c>USD</c>.</summary>
    public string? Currency { get; init; }

    /// <summary>Members this SDK version does not know.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; internal set; }

    private bool PrintMembers(System.Text.StringBuilder builder) =>
        ModelText.Of(builder).Add(Price).Add(Currency).Add(AdditionalProperties).Written;
}
