using System.Text.Json.Serialization;
using AviationApis.Core.Json;

namespace AviationApis.CargoAi.Search;

/// <summary>A rate family. Case matters: dynamic (airline API) types are lower case, static ones capitalised (<c>express</c> vs <c>Express</c>). Unknown values are kept, never an error.</summary>
[JsonConverter(typeof(ExtensibleEnumJsonConverter<RateType>))]
public readonly struct RateType : IExtensibleEnum<RateType>, IEquatable<RateType>
{
    private static readonly string[] KnownValues = ["live", "express", "Market", "Contract", "Promo", "Express"];

    /// <summary>Wraps a wire value.</summary>
    /// <param name="value">The value exactly as sent on the wire.</param>
    public RateType(string value) => _value = value ?? throw new ArgumentNullException(nameof(value));

    private readonly string? _value;

    /// <summary>The value <c>live</c>.</summary>
    public static RateType Live { get; } = new("live");

    /// <summary>The value <c>express</c>.</summary>
    public static RateType Express { get; } = new("express");

    /// <summary>The value <c>Market</c>.</summary>
    public static RateType Market { get; } = new("Market");

    /// <summary>The value <c>Contract</c>.</summary>
    public static RateType Contract { get; } = new("Contract");

    /// <summary>The value <c>Promo</c>.</summary>
    public static RateType Promo { get; } = new("Promo");

    /// <summary>The value <c>Express</c>.</summary>
    public static RateType StaticExpress { get; } = new("Express");

    /// <inheritdoc />
    public string Value => _value ?? string.Empty;

    /// <inheritdoc />
    public bool IsKnown => Array.IndexOf(KnownValues, Value) >= 0;

    /// <summary>Compares two values by their wire text (ordinal).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(RateType left, RateType right) => left.Equals(right);

    /// <summary>Compares two values by their wire text (ordinal).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(RateType left, RateType right) => !left.Equals(right);

    /// <inheritdoc />
    public static RateType FromValue(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(RateType other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is RateType other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
