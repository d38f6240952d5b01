using System.Text.Json.Serialization;
using AviationApis.Core.Json;

namespace AviationApis.CargoAi.Shipments;

/// <summary>The shipment's units: METRIC (kg, cm, cbm) or IMPERIAL (kg, in, cubic feet). Unknown values are kept, never an error.</summary>
[JsonConverter(typeof(ExtensibleEnumJsonConverter<MeasurementUnit>))]
public readonly struct MeasurementUnit : IExtensibleEnum<MeasurementUnit>, IEquatable<MeasurementUnit>
{
    private static readonly string[] KnownValues = ["METRIC", "IMPERIAL"];

    /// <summary>Wraps a wire value.</summary>
    /// <param name="value">The value exactly as sent on the wire.</param>
    public MeasurementUnit(string value) => _value = value ?? throw new ArgumentNullException(nameof(value));

    private readonly string? _value;

    /// <summary>The value <c>METRIC</c>.</summary>
    public static MeasurementUnit Metric { get; } = new("METRIC");

    /// <summary>The value <c>IMPERIAL</c>.</summary>
    public static MeasurementUnit Imperial { get; } = new("IMPERIAL");

    /// <inheritdoc />
    public string Value => _value ?? string.Empty;

    /// <inheritdoc />
    public bool IsKnown => Array.IndexOf(KnownValues, Value) >= 0;

    /// <summary>Compares two values by their wire text (ordinal).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(MeasurementUnit left, MeasurementUnit right) => left.Equals(right);

    /// <summary>Compares two values by their wire text (ordinal).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(MeasurementUnit left, MeasurementUnit right) => !left.Equals(right);

    /// <inheritdoc />
    public static MeasurementUnit FromValue(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(MeasurementUnit other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is MeasurementUnit other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
