using System.Text.Json.Serialization;
using AviationApis.Core.Json;

namespace AviationApis.Cangooroo;

/// <summary>
/// The card brand sent as <c>CardOperator</c>. Only <c>VISA</c> appears in the vendor's example; the other literals are
/// assumed from the brands named in payment conditions (<c>NumberPaymentMaster</c>, <c>…Amex</c>, <c>…Diners</c>,
/// <c>…Elo</c>). Any other literal can be sent with <see cref="FromValue"/>. Comparison ignores case.
/// </summary>
[JsonConverter(typeof(ExtensibleEnumJsonConverter<CardBrand>))]
public readonly struct CardBrand : IExtensibleEnum<CardBrand>, IEquatable<CardBrand>
{
    private static readonly string[] Known = ["VISA", "MASTER", "AMEX", "DINERS", "ELO"];
    private readonly string? _value;

    private CardBrand(string value) => _value = value;

    /// <summary>Visa (<c>VISA</c>, as in the vendor's example).</summary>
    public static CardBrand Visa => new("VISA");

    /// <summary>Mastercard (<c>MASTER</c>; assumed literal).</summary>
    public static CardBrand Mastercard => new("MASTER");

    /// <summary>American Express (<c>AMEX</c>; assumed literal).</summary>
    public static CardBrand Amex => new("AMEX");

    /// <summary>Diners Club (<c>DINERS</c>; assumed literal).</summary>
    public static CardBrand Diners => new("DINERS");

    /// <summary>Elo (<c>ELO</c>; assumed literal).</summary>
    public static CardBrand Elo => new("ELO");

    /// <inheritdoc />
    public string Value => _value ?? string.Empty;

    /// <inheritdoc />
    public bool IsKnown => Known.Contains(Value, StringComparer.OrdinalIgnoreCase);

    /// <inheritdoc />
    public static CardBrand FromValue(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new CardBrand(value);
    }

    /// <summary>Compares two brands ignoring case.</summary>
    /// <param name="left">The first brand.</param>
    /// <param name="right">The second brand.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(CardBrand left, CardBrand right) => left.Equals(right);

    /// <summary>Compares two brands ignoring case.</summary>
    /// <param name="left">The first brand.</param>
    /// <param name="right">The second brand.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(CardBrand left, CardBrand right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(CardBrand other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CardBrand other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <summary>The value as sent on the wire.</summary>
    /// <returns>The raw value.</returns>
    public override string ToString() => Value;
}
