using System.Text.Json.Serialization;
using AviationApis.Core.Json;

namespace AviationApis.CargoAi.Search;

/// <summary>A leg's aircraft body type. Unknown values are kept, never an error.</summary>
[JsonConverter(typeof(ExtensibleEnumJsonConverter<AircraftBodyType>))]
public readonly struct AircraftBodyType : IExtensibleEnum<AircraftBodyType>, IEquatable<AircraftBodyType>
{
    private static readonly string[] KnownValues = ["Narrowbody", "Widebody", "Surface", "Freighter", "Unknown"];

    /// <summary>Wraps a wire value.</summary>
    /// <param name="value">The value exactly as sent on the wire.</param>
    public AircraftBodyType(string value) => _value = value ?? throw new ArgumentNullException(nameof(value));

    private readonly string? _value;

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

    /// <inheritdoc />
    public string Value => _value ?? string.Empty;

    /// <inheritdoc />
    public bool IsKnown => Array.IndexOf(KnownValues, Value) >= 0;

    /// <summary>Compares two values by their wire text (ordinal).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(AircraftBodyType left, AircraftBodyType right) => left.Equals(right);

    /// <summary>Compares two values by their wire text (ordinal).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(AircraftBodyType left, AircraftBodyType right) => !left.Equals(right);

    /// <inheritdoc />
    public static AircraftBodyType FromValue(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(AircraftBodyType other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is AircraftBodyType other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
