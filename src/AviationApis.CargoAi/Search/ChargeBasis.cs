using System.Text.Json.Serialization;
using AviationApis.Core.Json;

namespace AviationApis.CargoAi.Search;

/// <summary>What a charge's rate is multiplied by. Unknown values are kept, never an error.</summary>
[ExtensibleEnum(PublicConstructor = true)]
[JsonConverter(typeof(ExtensibleEnumJsonConverter<ChargeBasis>))]
public readonly partial struct ChargeBasis
{
    /// <summary>The value <c>SHIPMENT</c>.</summary>
    public static ChargeBasis Shipment { get; } = new("SHIPMENT");

    /// <summary>The value <c>GROSS_WEIGHT</c>.</summary>
    public static ChargeBasis GrossWeight { get; } = new("GROSS_WEIGHT");

    /// <summary>The value <c>CHARGEABLE_WEIGHT</c>.</summary>
    public static ChargeBasis ChargeableWeight { get; } = new("CHARGEABLE_WEIGHT");

    /// <summary>The value <c>PIECES</c>.</summary>
    public static ChargeBasis Pieces { get; } = new("PIECES");
}
