using System.Text.Json.Serialization;
using AviationApis.Core.Json;

namespace AviationApis.CargoAi.Shipments;

/// <summary>Whether a piece group's weight is per piece or the group's total. Unknown values are kept, never an error.</summary>
[ExtensibleEnum(PublicConstructor = true)]
[JsonConverter(typeof(ExtensibleEnumJsonConverter<WeightType>))]
public readonly partial struct WeightType
{
    /// <summary>The value <c>PER_ITEM</c>.</summary>
    public static WeightType PerItem { get; } = new("PER_ITEM");

    /// <summary>The value <c>TOTAL</c>.</summary>
    public static WeightType Total { get; } = new("TOTAL");
}
