using System.Text.Json.Serialization;
using AviationApis.Core.Json;

namespace AviationApis.CargoAi.Shipments;

/// <summary>Whether a piece group gives dimensions, totals only, or a built-up unit. Unknown values are kept, never an error.</summary>
[ExtensibleEnum(PublicConstructor = true)]
[JsonConverter(typeof(ExtensibleEnumJsonConverter<LoadType>))]
public readonly partial struct LoadType
{
    /// <summary>The value <c>DIMENSIONS</c>.</summary>
    public static LoadType Dimensions { get; } = new("DIMENSIONS");

    /// <summary>The value <c>TOTAL</c>.</summary>
    public static LoadType Total { get; } = new("TOTAL");

    /// <summary>The value <c>BUP</c>.</summary>
    public static LoadType Bup { get; } = new("BUP");
}
