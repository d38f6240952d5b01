using System.Text.Json.Serialization;
using AviationApis.Core.Json;

namespace AviationApis.CargoAi.Search;

/// <summary>A leg's aircraft body type. Unknown values are kept, never an error.</summary>
[ExtensibleEnum(PublicConstructor = true)]
[JsonConverter(typeof(ExtensibleEnumJsonConverter<AircraftBodyType>))]
public readonly partial struct AircraftBodyType
{
    /// <summary>The value <c>Narrowbody</c>.</summary>
    public static AircraftBodyType Narrowbody { get; } = new("Narrowbody");

    /// <summary>The value <c>Widebody</c>.</summary>
    public static AircraftBodyType Widebody { get; } = new("Widebody");

    /// <summary>The value <c>Surface</c>.</summary>
    public static AircraftBodyType Surface { get; } = new("Surface");

    /// <summary>The value <c>Freighter</c>.</summary>
    public static AircraftBodyType Freighter { get; } = new("Freighter");

    /// <summary>The value <c>Unknown</c>.</summary>
    public static AircraftBodyType Unknown { get; } = new("Unknown");
}
