using System.Text.Json.Serialization;
using AviationApis.Core.Json;

namespace AviationApis.CargoAi.Shipments;

/// <summary>Whether a piece group's weight is per piece or the group's total. Unknown values are kept, never an error.</summary>
[JsonConverter(typeof(ExtensibleEnumJsonConverter<WeightType>))]
public readonly struct WeightType : IExtensibleEnum<WeightType>, IEquatable<WeightType>
{
    private static readonly string[] KnownValues = ["PER_ITEM", "TOTAL"];

    /// <summary>Wraps a wire value.</summary>
    /// <param name="value">The value exactly as sent on the wire.</param>
    public WeightType(string value) => _value = value ?? throw new ArgumentNullException(nameof(value));

    private readonly string? _value;

    /// <summary>The value <c>PER_ITEM</c>.</summary>
    public static WeightType PerItem { get; } = new("PER_ITEM");

    /// <summary>The value <c>TOTAL</c>.</summary>
    public static WeightType Total { get; } = new("TOTAL");

    /// <inheritdoc />
    public string Value => _value ?? string.Empty;

    /// <inheritdoc />
    public bool IsKnown => Array.IndexOf(KnownValues, Value) >= 0;

    /// <summary>Compares two values by their wire text (ordinal).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(WeightType left, WeightType right) => left.Equals(right);

    /// <summary>Compares two values by their wire text (ordinal).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(WeightType left, WeightType right) => !left.Equals(right);

    /// <inheritdoc />
    public static WeightType FromValue(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(WeightType other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is WeightType other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
