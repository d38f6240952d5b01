using System.Text.Json;
using System.Text.Json.Serialization;
using AviationApis.Avinode.Json;
using AviationApis.Avinode.Resources;

namespace AviationApis.Avinode.Marketplace.Rfqs;

/// <summary>
/// One lift of an RFQ (id <c>asellerlift-…</c>): the aircraft or category the buyer asked the seller for, its
/// sourcing status, its quotes, and the <c>submitQuote</c>/<c>decline</c> actions. Answer it by passing
/// <see cref="Id"/> to <see cref="IAvinodeMarketplaceClient.SubmitQuoteAsync"/> or
/// <see cref="IAvinodeMarketplaceClient.DeclineAsync"/>.
/// </summary>
public sealed record SellerLift
{
    /// <summary>The lift's id (opaque). An API id: store it and pass it back; do not display or parse it.</summary>
    public ResourceId Id { get; init; }

    /// <summary>The lift's URI, when sent.</summary>
    public string? Href { get; init; }

    /// <summary>The resource type, when sent.</summary>
    public string? Type { get; init; }

    /// <summary>The aircraft type asked for.</summary>
    [JsonConverter(typeof(NamedResourceJsonConverter))]
    public NamedResource? AircraftType { get; init; }

    /// <summary>The tail asked for (absent when a category was asked for).</summary>
    [JsonConverter(typeof(NamedResourceJsonConverter))]
    public NamedResource? AircraftTail { get; init; }

    /// <summary>The aircraft category asked for, when sent.</summary>
    public string? AircraftCategory { get; init; }

    /// <summary>The sourcing status as a code (values not published; kept as sent).</summary>
    public string? SourcingStatus { get; init; }

    /// <summary>The sourcing status as Avinode shows it, e.g. <c>Accepted</c>, <c>Declined</c> (displayable).</summary>
    public string? SourcingDisplayStatus { get; init; }

    /// <summary>Relationships, e.g. the lift's quotes (<c>links.quotes</c>).</summary>
    public MarketplaceLinks? Links { get; init; }

    /// <summary>Operations: <c>submitQuote</c>, <c>decline</c>.</summary>
    public MarketplaceActions? Actions { get; init; }

    /// <summary>Members this SDK version does not know (e.g. the latest quote when asked with <see cref="RfqInclude.LatestQuote"/>).</summary>
    [JsonExtensionData]
    [JsonInclude]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; internal set; }

    /// <summary><see langword="true"/> when <see cref="SourcingDisplayStatus"/> says the lift was declined.</summary>
    [JsonIgnore]
    public bool IsDeclined => string.Equals(SourcingDisplayStatus, "Declined", StringComparison.OrdinalIgnoreCase);

    /// <summary><see langword="true"/> when <see cref="SourcingDisplayStatus"/> says the lift was accepted (quoted).</summary>
    [JsonIgnore]
    public bool IsAccepted => string.Equals(SourcingDisplayStatus, "Accepted", StringComparison.OrdinalIgnoreCase);

    private bool PrintMembers(System.Text.StringBuilder builder) =>
        ModelText.Of(builder).Add(Id).Add(Href).Add(Type).Add(AircraftType).Add(AircraftTail).Add(AircraftCategory)
            .Add(SourcingStatus).Add(SourcingDisplayStatus).Add(Links).Add(Actions).Add(AdditionalProperties)
            .Add(IsDeclined).Add(IsAccepted).Written;
}
