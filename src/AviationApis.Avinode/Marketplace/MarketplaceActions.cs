using System.Text.Json;
using System.Text.Json.Serialization;
using AviationApis.Avinode.SchedAero.Trips;

namespace AviationApis.Avinode.Marketplace;

/// <summary>
/// The actions of a Marketplace resource (trip, RFQ, seller lift, trip message). Each resource offers only some of
/// them; actions this SDK version does not name are kept in <see cref="AdditionalProperties"/>.
/// </summary>
public sealed record MarketplaceActions
{
    /// <summary>Trips and RFQs: the deep link that opens the trip's search in the Avinode web application (the B2B way to search).</summary>
    public MarketplaceAction? SearchInAvinode { get; init; }

    /// <summary>Trips and RFQs: the deep link that shows the trip in the Avinode web application.</summary>
    public MarketplaceAction? ViewInAvinode { get; init; }

    /// <summary>Trips: cancel the trip and all its RFQs (or use <see cref="IAvinodeMarketplaceClient.CancelTripAsync"/>).</summary>
    public MarketplaceAction? Cancel { get; init; }

    /// <summary>RFQs and seller lifts: answer with a quote (or use <see cref="IAvinodeMarketplaceClient.SubmitQuoteAsync"/>).</summary>
    public MarketplaceAction? SubmitQuote { get; init; }

    /// <summary>RFQs and seller lifts: decline (or use <see cref="IAvinodeMarketplaceClient.DeclineAsync"/>).</summary>
    public MarketplaceAction? Decline { get; init; }

    /// <summary>Trip messages: send a chat message (assumed action name <c>chat</c>; or use <see cref="IAvinodeMarketplaceClient.SendChatAsync"/>).</summary>
    public MarketplaceAction? Chat { get; init; }

    /// <summary>Actions this SDK version does not name, as returned.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; internal set; }

    private bool PrintMembers(System.Text.StringBuilder builder) =>
        ModelText.Of(builder).Add(SearchInAvinode).Add(ViewInAvinode).Add(Cancel).Add(SubmitQuote).Add(Decline)
            .Add(Chat).Add(AdditionalProperties).Written;
}
