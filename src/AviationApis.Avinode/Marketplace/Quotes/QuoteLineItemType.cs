using System.Text.Json.Serialization;
using AviationApis.Core.Json;

namespace AviationApis.Avinode.Marketplace;

/// <summary>The kind of a quote line item (open set; the values named here come from a secondary summary of the vendor docs — any value the server accepts can be sent with <see cref="FromValue"/>).</summary>
[JsonConverter(typeof(ExtensibleEnumJsonConverter<QuoteLineItemType>))]
public readonly struct QuoteLineItemType : IExtensibleEnum<QuoteLineItemType>, IEquatable<QuoteLineItemType>
{
    private readonly string? _value;

    private QuoteLineItemType(string value) => _value = value;

    /// <summary><c>CREW</c>: crew costs.</summary>
    public static QuoteLineItemType Crew { get; } = new("CREW");

    /// <summary><c>POSITIONING</c>: positioning flights.</summary>
    public static QuoteLineItemType Positioning { get; } = new("POSITIONING");

    /// <summary><c>CATERING</c>: catering.</summary>
    public static QuoteLineItemType Catering { get; } = new("CATERING");

    /// <summary><c>OTHER</c>: anything else.</summary>
    public static QuoteLineItemType Other { get; } = new("OTHER");

    /// <inheritdoc />
    public string Value => _value ?? string.Empty;

    /// <inheritdoc />
    public bool IsKnown => Equals(Crew) || Equals(Positioning) || Equals(Catering) || Equals(Other);

    /// <summary>Compares two values (ordinal).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(QuoteLineItemType left, QuoteLineItemType right) => left.Equals(right);

    /// <summary>Compares two values (ordinal).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(QuoteLineItemType left, QuoteLineItemType right) => !left.Equals(right);

    /// <inheritdoc />
    public static QuoteLineItemType FromValue(string value) => new(value ?? string.Empty);

    /// <inheritdoc />
    public bool Equals(QuoteLineItemType other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is QuoteLineItemType other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
