using System.Text.Json.Serialization;
using AviationApis.Core.Json;

namespace AviationApis.CargoAi.Shipments;

/// <summary>Whether a piece group gives dimensions, totals only, or a built-up unit. Unknown values are kept, never an error.</summary>
[JsonConverter(typeof(ExtensibleEnumJsonConverter<LoadType>))]
public readonly struct LoadType : IExtensibleEnum<LoadType>, IEquatable<LoadType>
{
    private static readonly string[] KnownValues = ["DIMENSIONS", "TOTAL", "BUP"];

    /// <summary>Wraps a wire value.</summary>
    /// <param name="value">The value exactly as sent on the wire.</param>
    public LoadType(string value) => _value = value ?? throw new ArgumentNullException(nameof(value));

    private readonly string? _value;

    /// <summary>The value <c>DIMENSIONS</c>.</summary>
    public static LoadType Dimensions { get; } = new("DIMENSIONS");

    /// <summary>The value <c>TOTAL</c>.</summary>
    public static LoadType Total { get; } = new("TOTAL");

    /// <summary>The value <c>BUP</c>.</summary>
    public static LoadType Bup { get; } = new("BUP");

    /// <inheritdoc />
    public string Value => _value ?? string.Empty;

    /// <inheritdoc />
    public bool IsKnown => Array.IndexOf(KnownValues, Value) >= 0;

    /// <summary>Compares two values by their wire text (ordinal).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(LoadType left, LoadType right) => left.Equals(right);

    /// <summary>Compares two values by their wire text (ordinal).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(LoadType left, LoadType right) => !left.Equals(right);

    /// <inheritdoc />
    public static LoadType FromValue(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(LoadType other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is LoadType other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
