using System.Text.Json.Serialization;
using AviationApis.Core.Json;

namespace AviationApis.Cangooroo;

/// <summary>
/// Whether results must include checked baggage, sent as <c>Luggage</c> (<c>Both</c>, <c>With</c>, <c>Without</c>). An open
/// set: another literal can be sent with <see cref="FromValue"/>. Comparison ignores case.
/// </summary>
[JsonConverter(typeof(ExtensibleEnumJsonConverter<LuggagePreference>))]
public readonly struct LuggagePreference : IExtensibleEnum<LuggagePreference>, IEquatable<LuggagePreference>
{
    private static readonly string[] Known = ["Both", "With", "Without"];
    private readonly string? _value;

    private LuggagePreference(string value) => _value = value;

    /// <summary>Flights with and without baggage included (the vendor's example).</summary>
    public static LuggagePreference Both => new("Both");

    /// <summary>Only fares with baggage included.</summary>
    public static LuggagePreference With => new("With");

    /// <summary>Only fares without baggage.</summary>
    public static LuggagePreference Without => new("Without");

    /// <inheritdoc />
    public string Value => _value ?? string.Empty;

    /// <inheritdoc />
    public bool IsKnown => Known.Contains(Value, StringComparer.OrdinalIgnoreCase);

    /// <inheritdoc />
    public static LuggagePreference FromValue(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new LuggagePreference(value);
    }

    /// <summary>Compares two values ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(LuggagePreference left, LuggagePreference right) => left.Equals(right);

    /// <summary>Compares two values ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(LuggagePreference left, LuggagePreference right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(LuggagePreference other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is LuggagePreference other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <summary>The value as sent on the wire.</summary>
    /// <returns>The raw value.</returns>
    public override string ToString() => Value;
}
