using System.Text.Json.Serialization;
using AviationApis.Core.Json;

namespace AviationApis.Cangooroo;

/// <summary>
/// The cabin searched for, sent as <c>ClassFlight</c> (<c>All</c>, <c>Economy</c>, <c>PremiumEconomy</c>, <c>Business</c>,
/// <c>First</c>). An open set: another literal can be sent with <see cref="FromValue"/>. Comparison ignores case.
/// </summary>
[JsonConverter(typeof(ExtensibleEnumJsonConverter<CabinClass>))]
public readonly struct CabinClass : IExtensibleEnum<CabinClass>, IEquatable<CabinClass>
{
    private static readonly string[] Known = ["All", "Economy", "PremiumEconomy", "Business", "First"];
    private readonly string? _value;

    private CabinClass(string value) => _value = value;

    /// <summary>Any cabin (the vendor's example).</summary>
    public static CabinClass All => new("All");

    /// <summary>Economy.</summary>
    public static CabinClass Economy => new("Economy");

    /// <summary>Premium economy.</summary>
    public static CabinClass PremiumEconomy => new("PremiumEconomy");

    /// <summary>Business.</summary>
    public static CabinClass Business => new("Business");

    /// <summary>First.</summary>
    public static CabinClass First => new("First");

    /// <inheritdoc />
    public string Value => _value ?? string.Empty;

    /// <inheritdoc />
    public bool IsKnown => Known.Contains(Value, StringComparer.OrdinalIgnoreCase);

    /// <inheritdoc />
    public static CabinClass FromValue(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new CabinClass(value);
    }

    /// <summary>Compares two values ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(CabinClass left, CabinClass right) => left.Equals(right);

    /// <summary>Compares two values ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(CabinClass left, CabinClass right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(CabinClass other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CabinClass other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <summary>The value as sent on the wire.</summary>
    /// <returns>The raw value.</returns>
    public override string ToString() => Value;
}
