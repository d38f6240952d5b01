using System.Text.Json.Serialization;
using AviationApis.Core.Json;

namespace AviationApis.CargoAi.Search;

/// <summary>The progress of a search: <c>STARTED</c> (HTTP 202, partial results) or <c>COMPLETED</c> (HTTP 200). Unknown values are kept, never an error.</summary>
[ExtensibleEnum(PublicConstructor = true)]
[JsonConverter(typeof(ExtensibleEnumJsonConverter<SearchStatus>))]
public readonly partial struct SearchStatus
{
    /// <summary>The value <c>STARTED</c>.</summary>
    public static SearchStatus Started { get; } = new("STARTED");

    /// <summary>The value <c>COMPLETED</c>.</summary>
    public static SearchStatus Completed { get; } = new("COMPLETED");
}
