using System.Text.Json;
using System.Text.Json.Serialization;

namespace AviationApis.Cangooroo.Json;

/// <summary>The envelope every response carries: <c>Error</c> (null on success), <c>TimeSpan</c>, <c>TotalTime</c>.</summary>
internal abstract class CangoorooResponseWire
{
    /// <summary>Read as raw JSON so any shape (object, string) still yields a typed business error.</summary>
    public JsonElement? Error { get; init; }

    /// <summary>The server's timestamp text (<c>yyyy-MM-dd HH:mm:ss</c>); kept as raw JSON, never parsed.</summary>
    public JsonElement? TimeSpan { get; init; }

    public double? TotalTime { get; init; }

    [JsonExtensionData]
    [JsonInclude]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; internal set; }

    public bool HasError => Error is { ValueKind: not (JsonValueKind.Null or JsonValueKind.Undefined) };
}
