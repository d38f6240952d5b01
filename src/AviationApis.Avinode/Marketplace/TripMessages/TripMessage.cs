using System.Text.Json;
using System.Text.Json.Serialization;
using AviationApis.Avinode.Json;
using AviationApis.Avinode.Resources;

namespace AviationApis.Avinode.Marketplace.TripMessages;

/// <summary>
/// A trip message (type <c>tripmsgs</c>): a buyer's request or chat (<c>abuyermsg-…</c>), or a seller's response —
/// quote, decline or chat. <c>TripRequestSellerResponse</c> and <c>TripChat*</c> webhooks point at one.
/// </summary>
/// <remarks>
/// The vendor does not publish the full shape: the members named here are assumptions from its reference and
/// third-party clients; everything else is kept in <see cref="AdditionalProperties"/>.
/// </remarks>
public sealed record TripMessage
{
    /// <summary>The message's id (an API id: store it and pass it back; do not display or parse it).</summary>
    public ResourceId Id { get; init; }

    /// <summary>The message's URI.</summary>
    public string? Href { get; init; }

    /// <summary>The resource type, <c>tripmsgs</c>.</summary>
    public string? Type { get; init; }

    /// <summary>The message text, when sent (assumed member <c>message</c>).</summary>
    public string? Message { get; init; }

    /// <summary>The seller's message with a quote, when sent.</summary>
    public string? SellerMessage { get; init; }

    /// <summary>The sending company, when sent (assumed member <c>sender</c>).</summary>
    [JsonConverter(typeof(Json.NamedResourceJsonConverter))]
    public NamedResource? Sender { get; init; }

    /// <summary>Relationships: the RFQ, trip, lift and quotes the message belongs to.</summary>
    public MarketplaceLinks? Links { get; init; }

    /// <summary>Operations on the message, e.g. <c>submitQuote</c>, <c>decline</c>, <c>chat</c>.</summary>
    public MarketplaceActions? Actions { get; init; }

    /// <summary>Members this SDK version does not know.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; internal set; }

    private bool PrintMembers(System.Text.StringBuilder builder) =>
        ModelText.Of(builder).Add(Id).Add(Href).Add(Type).Add(Message).Add(SellerMessage).Add(Sender).Add(Links)
            .Add(Actions).Add(AdditionalProperties).Written;
}
