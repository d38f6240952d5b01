using System.Text.Json.Serialization;
using AviationApis.Core.Json;

namespace AviationApis.CargoAi.Search;

/// <summary>What a charge's rate is multiplied by. Unknown values are kept, never an error.</summary>
[JsonConverter(typeof(ExtensibleEnumJsonConverter<ChargeBasis>))]
public readonly struct ChargeBasis : IExtensibleEnum<ChargeBasis>, IEquatable<ChargeBasis>
{
    private static readonly string[] KnownValues = ["SHIPMENT", "GROSS_WEIGHT", "CHARGEABLE_WEIGHT", "PIECES"];

    /// <summary>Wraps a wire value.</summary>
    /// <param name="value">The value exactly as sent on the wire.</param>
    public ChargeBasis(string value) => _value = value ?? throw new ArgumentNullException(nameof(value));

    private readonly string? _value;

    /// <summary>The value <c>SHIPMENT</c>.</summary>
    public static ChargeBasis Shipment { get; } = new("SHIPMENT");

    /// <summary>The value <c>GROSS_WEIGHT</c>.</summary>
    public static ChargeBasis GrossWeight { get; } = new("GROSS_WEIGHT");

    /// <summary>The value <c>CHARGEABLE_WEIGHT</c>.</summary>
    public static ChargeBasis ChargeableWeight { get; } = new("CHARGEABLE_WEIGHT");

    /// <summary>The value <c>PIECES</c>.</summary>
    public static ChargeBasis Pieces { get; } = new("PIECES");

    /// <inheritdoc />
    public string Value => _value ?? string.Empty;

    /// <inheritdoc />
    public bool IsKnown => Array.IndexOf(KnownValues, Value) >= 0;

    /// <summary>Compares two values by their wire text (ordinal).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(ChargeBasis left, ChargeBasis right) => left.Equals(right);

    /// <summary>Compares two values by their wire text (ordinal).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(ChargeBasis left, ChargeBasis right) => !left.Equals(right);

    /// <inheritdoc />
    public static ChargeBasis FromValue(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(ChargeBasis other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ChargeBasis other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
