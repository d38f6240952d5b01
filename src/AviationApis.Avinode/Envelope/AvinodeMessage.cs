using System.Text.Json;
using System.Text.Json.Serialization;

namespace AviationApis.Avinode.Envelope;

/// <summary>One entry of <c>meta.errors</c>, <c>meta.warnings</c> or <c>meta.infos</c>.</summary>
public sealed record AvinodeMessage
{
    /// <summary>The vendor's code, e.g. <c>ERR_INPUT_MISSING</c> or <c>START_AIRPORT_INVALID</c>.</summary>
    public string? Code { get; init; }

    /// <summary>The human-readable description.</summary>
    public string? Title { get; init; }

    /// <summary>The JSON path into the request the message is about (e.g. <c>activities[1].startAirport</c>), when given.</summary>
    public string? Path { get; init; }

    /// <summary>Members this SDK version does not know.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; internal set; }

    private bool PrintMembers(System.Text.StringBuilder builder) =>
        ModelText.Of(builder).Add(Code).Add(Title).Add(Path).Add(AdditionalProperties).Written;
}
