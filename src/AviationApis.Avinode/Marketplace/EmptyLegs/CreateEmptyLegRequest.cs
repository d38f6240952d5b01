using System.Text.Json;
using System.Text.Json.Serialization;
using AviationApis.Avinode.Json;

namespace AviationApis.Avinode.Marketplace.EmptyLegs;

/// <summary>
/// A new empty leg (<c>POST /emptylegs</c>): an aircraft positioning flight offered for sale. The vendor documents the
/// operation (reference "createemptyleg") but its public pages do not show the body: the SDK assumes the members of
/// the empty legs it reads (<see cref="EmptyLeg"/>: <c>startAirport</c>, <c>endAirport</c>, <c>aircraftTail</c>) and
/// the segment time shape of trips (<c>dateTime</c>), plus a <c>message</c>. Anything else the vendor expects goes in
/// <see cref="AdditionalProperties"/>, which is written as is.
/// </summary>
public sealed record CreateEmptyLegRequest
{
    /// <summary>Where the aircraft departs (an ICAO or IATA code is required).</summary>
    public required MarketplaceAirport StartAirport { get; init; }

    /// <summary>Where the aircraft goes (an ICAO or IATA code is required).</summary>
    public required MarketplaceAirport EndAirport { get; init; }

    /// <summary>The earliest departure (date, optional time, local or UTC).</summary>
    public required SegmentDateTime DateTime { get; init; }

    /// <summary>The aircraft's tail (registration), e.g. <c>N123AB</c>, as the vendor's tail resources name it (assumed: <c>{"tailNumber": …}</c>).</summary>
    [JsonConverter(typeof(TailNumberJsonConverter))]
    public string? AircraftTail { get; init; }

    /// <summary>A message to buyers, if any.</summary>
    public string? Message { get; init; }

    /// <summary>Members this SDK version does not model, written as they are.</summary>
    [JsonIgnore]
    public IReadOnlyDictionary<string, JsonElement>? AdditionalProperties { get; init; }

    // What System.Text.Json writes as extension data (it binds extension data through a mutable dictionary).
    [JsonExtensionData]
    [JsonInclude]
    internal IDictionary<string, JsonElement>? WireAdditionalProperties
    {
        get => AdditionalProperties is null ? null : new Dictionary<string, JsonElement>(AdditionalProperties, StringComparer.Ordinal);
        set
        {
            // Requests are only written.
        }
    }

    private bool PrintMembers(System.Text.StringBuilder builder) =>
        ModelText.Of(builder).Add(StartAirport).Add(EndAirport).Add(DateTime).Add(AircraftTail).Add(Message)
            .Add(AdditionalProperties).Written;
}
