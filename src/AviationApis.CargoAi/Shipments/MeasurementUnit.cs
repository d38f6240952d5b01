using System.Text.Json.Serialization;
using AviationApis.Core.Json;

namespace AviationApis.CargoAi.Shipments;

/// <summary>The shipment's units: METRIC (kg, cm, cbm) or IMPERIAL (kg, in, cubic feet). Unknown values are kept, never an error.</summary>
[ExtensibleEnum(PublicConstructor = true)]
[JsonConverter(typeof(ExtensibleEnumJsonConverter<MeasurementUnit>))]
public readonly partial struct MeasurementUnit
{
    /// <summary>The value <c>METRIC</c>.</summary>
    public static MeasurementUnit Metric { get; } = new("METRIC");

    /// <summary>The value <c>IMPERIAL</c>.</summary>
    public static MeasurementUnit Imperial { get; } = new("IMPERIAL");
}
