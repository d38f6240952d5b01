using System.Text.Json;
using System.Text.Json.Serialization;
using AviationApis.Avinode.Json;
using AviationApis.Avinode.Resources;

namespace AviationApis.Avinode.Marketplace.Rfqs;

/// <summary>
/// A request for quote (type <c>rfqs</c>, id <c>arfq-…</c>): the buyer's trip as sent to one seller, with the lifts
/// (aircraft or categories) asked for. Sellers answer each lift with
/// <see cref="IAvinodeMarketplaceClient.SubmitQuoteAsync"/> or <see cref="IAvinodeMarketplaceClient.DeclineAsync"/>;
/// buyers read the answers through <see cref="MarketplaceLinks.TripMessages"/> and the lifts' quotes.
/// </summary>
/// <remarks>
/// The vendor documents the members named here only partly (some come from third-party clients): every member is
/// optional and unknown ones are kept in <see cref="AdditionalProperties"/>.
/// </remarks>
public sealed record Rfq
{
    /// <summary>The RFQ's id (an API id: store it and pass it back; do not display or parse it).</summary>
    public ResourceId Id { get; init; }

    /// <summary>The RFQ's URI.</summary>
    public string? Href { get; init; }

    /// <summary>The resource type, <c>rfqs</c>.</summary>
    public string? Type { get; init; }

    /// <summary>The short trip id shown in Avinode (displayable), e.g. <c>A1B2C3</c>.</summary>
    public string? TripId { get; init; }

    /// <summary>The buyer's own trip id, when set.</summary>
    public string? ExternalTripId { get; init; }

    /// <summary>The buying company.</summary>
    [JsonConverter(typeof(NamedResourceJsonConverter))]
    public NamedResource? BuyerCompany { get; init; }

    /// <summary>The buyer's user account.</summary>
    [JsonConverter(typeof(NamedResourceJsonConverter))]
    public NamedResource? BuyerAccount { get; init; }

    /// <summary>The selling company the RFQ was sent to.</summary>
    [JsonConverter(typeof(NamedResourceJsonConverter))]
    public NamedResource? SellerCompany { get; init; }

    /// <summary>The requested itinerary.</summary>
    public IReadOnlyList<TripSegment>? Segments { get; init; }

    /// <summary>The lifts asked for (a requested tail or an aircraft category), each with its status and actions (<c>sellerLift</c>).</summary>
    [JsonPropertyName("sellerLift")]
    public IReadOnlyList<SellerLift>? SellerLifts { get; init; }

    /// <summary>Whether the buyer cancelled the RFQ.</summary>
    [JsonConverter(typeof(FlexibleBooleanJsonConverter))]
    public bool? Canceled { get; init; }

    /// <summary>Relationships, e.g. the RFQ's trip messages (<c>links.tripmsgs</c>).</summary>
    public MarketplaceLinks? Links { get; init; }

    /// <summary>Deep links and operations (e.g. <c>searchInAvinode</c>, <c>submitQuote</c>, <c>decline</c>).</summary>
    public MarketplaceActions? Actions { get; init; }

    /// <summary>Members this SDK version does not know (include-flag data such as analytics or safety).</summary>
    [JsonExtensionData]
    [JsonInclude]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; internal set; }

    private bool PrintMembers(System.Text.StringBuilder builder) =>
        ModelText.Of(builder).Add(Id).Add(Href).Add(Type).Add(TripId).Add(ExternalTripId).Add(BuyerCompany)
            .Add(BuyerAccount).Add(SellerCompany).Add(Segments).Add(SellerLifts).Add(Canceled).Add(Links).Add(Actions)
            .Add(AdditionalProperties).Written;
}
