using System.Text.Json;
using System.Text.Json.Serialization;

namespace AviationApis.Avinode.Marketplace.Quotes;

/// <summary>The aircraft a quote offers (<c>lift</c>), by tail registration.</summary>
public sealed record QuoteLift
{
    /// <summary>The tail registration, e.g. <c>N123AB</c>.</summary>
    public string? AircraftTail { get; init; }

    /// <summary>Members this SDK version does not know, kept when read.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; internal set; }

    private bool PrintMembers(System.Text.StringBuilder builder) =>
        ModelText.Of(builder).Add(AircraftTail).Add(AdditionalProperties).Written;
}
