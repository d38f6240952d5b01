using System.Text.Json.Serialization;
using AviationApis.Core.Json;

namespace AviationApis.CargoAi.Shipments;

/// <summary>The ULD type of a built-up (BUP) piece group. Unknown values are kept, never an error.</summary>
[JsonConverter(typeof(ExtensibleEnumJsonConverter<UldType>))]
public readonly struct UldType : IExtensibleEnum<UldType>, IEquatable<UldType>
{
    private static readonly string[] KnownValues = ["AKE", "LDP", "MDP"];

    /// <summary>Wraps a wire value.</summary>
    /// <param name="value">The value exactly as sent on the wire.</param>
    public UldType(string value) => _value = value ?? throw new ArgumentNullException(nameof(value));

    private readonly string? _value;

    /// <summary>The value <c>AKE</c>.</summary>
    public static UldType Ake { get; } = new("AKE");

    /// <summary>The value <c>LDP</c>.</summary>
    public static UldType Ldp { get; } = new("LDP");

    /// <summary>The value <c>MDP</c>.</summary>
    public static UldType Mdp { get; } = new("MDP");

    /// <inheritdoc />
    public string Value => _value ?? string.Empty;

    /// <inheritdoc />
    public bool IsKnown => Array.IndexOf(KnownValues, Value) >= 0;

    /// <summary>Compares two values by their wire text (ordinal).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(UldType left, UldType right) => left.Equals(right);

    /// <summary>Compares two values by their wire text (ordinal).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(UldType left, UldType right) => !left.Equals(right);

    /// <inheritdoc />
    public static UldType FromValue(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(UldType other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is UldType other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
