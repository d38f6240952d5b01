using System.Text.Json.Serialization;
using AviationApis.Core.Json;

namespace AviationApis.CargoAi.Search;

/// <summary>The progress of a search: <c>STARTED</c> (HTTP 202, partial results) or <c>COMPLETED</c> (HTTP 200). Unknown values are kept, never an error.</summary>
[JsonConverter(typeof(ExtensibleEnumJsonConverter<SearchStatus>))]
public readonly struct SearchStatus : IExtensibleEnum<SearchStatus>, IEquatable<SearchStatus>
{
    private static readonly string[] KnownValues = ["STARTED", "COMPLETED"];

    /// <summary>Wraps a wire value.</summary>
    /// <param name="value">The value exactly as sent on the wire.</param>
    public SearchStatus(string value) => _value = value ?? throw new ArgumentNullException(nameof(value));

    private readonly string? _value;

    /// <summary>The value <c>STARTED</c>.</summary>
    public static SearchStatus Started { get; } = new("STARTED");

    /// <summary>The value <c>COMPLETED</c>.</summary>
    public static SearchStatus Completed { get; } = new("COMPLETED");

    /// <inheritdoc />
    public string Value => _value ?? string.Empty;

    /// <inheritdoc />
    public bool IsKnown => Array.IndexOf(KnownValues, Value) >= 0;

    /// <summary>Compares two values by their wire text (ordinal).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(SearchStatus left, SearchStatus right) => left.Equals(right);

    /// <summary>Compares two values by their wire text (ordinal).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(SearchStatus left, SearchStatus right) => !left.Equals(right);

    /// <inheritdoc />
    public static SearchStatus FromValue(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(SearchStatus other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is SearchStatus other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
