using System.Text.Json;
using System.Text.Json.Serialization;
using AviationApis.Avinode.Resources;

namespace AviationApis.Avinode.SchedAero.Trips;

/// <summary>A quoted or scheduled trip (<c>GET /trips/{id}</c>, type <c>schedaero-trip</c>).</summary>
public sealed record Trip
{
    /// <summary>The trip's id (opaque; not for display — show <see cref="TripNumber"/> instead).</summary>
    public ResourceId Id { get; init; }

    /// <summary>The trip's URI.</summary>
    public string? Href { get; init; }

    /// <summary>The resource type, <c>schedaero-trip</c>.</summary>
    public string? Type { get; init; }

    /// <summary>The trip number as shown in SchedAero (assumed displayable: it is what SchedAero users see).</summary>
    public string? TripNumber { get; init; }

    /// <summary>Where the trip originated, e.g. <c>Avinode</c>; sent only when asked for with <see cref="SchedAeroFields.TripAvinodeOrigin"/>.</summary>
    public string? Origin { get; init; }

    /// <summary>The Avinode RFQ id of a trip imported from Avinode (sparse field <c>avinodeid</c>), for use with the Avinode API. An API id: store it and pass it back; do not display or parse it.</summary>
    public ResourceId AvinodeRfqId { get; init; }

    /// <summary>The Avinode client-lead id of a trip imported from an Avinode lead, when sent (assumed member name <c>avinodeLeadId</c>). An API id: store it and pass it back; do not display or parse it.</summary>
    public ResourceId AvinodeLeadId { get; init; }

    /// <summary><see langword="true"/> when <see cref="Origin"/> says the trip came from Avinode.</summary>
    [JsonIgnore]
    public bool IsFromAvinode => string.Equals(Origin, "Avinode", StringComparison.OrdinalIgnoreCase);

    /// <summary>Relationships: requester, salesperson, itinerary, quotes, reports, and the Avinode RFQ or lead.</summary>
    public TripLinks? Links { get; init; }

    /// <summary>Members this SDK version does not know.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; internal set; }

    private bool PrintMembers(System.Text.StringBuilder builder) =>
        ModelText.Of(builder).Add(Id).Add(Href).Add(Type).Add(TripNumber).Add(Origin).Add(AvinodeRfqId)
            .Add(AvinodeLeadId).Add(IsFromAvinode).Add(Links).Add(AdditionalProperties).Written;
}
