using System.Text.Json.Serialization;
using AviationApis.Core.Json;

namespace AviationApis.CargoAi.Booking;

/// <summary>The answer to a cancellation: done, refused by the airline, or requested (the airline did not answer in time; follow the tracking URL). Unknown values are kept, never an error.</summary>
[JsonConverter(typeof(ExtensibleEnumJsonConverter<CancellationStatus>))]
public readonly struct CancellationStatus : IExtensibleEnum<CancellationStatus>, IEquatable<CancellationStatus>
{
    private static readonly string[] KnownValues = ["CANCELLED", "CANCELLED_REJECTED", "CANCELLATION_REQUESTED"];

    /// <summary>Wraps a wire value.</summary>
    /// <param name="value">The value exactly as sent on the wire.</param>
    public CancellationStatus(string value) => _value = value ?? throw new ArgumentNullException(nameof(value));

    private readonly string? _value;

    /// <summary>The value <c>CANCELLED</c>.</summary>
    public static CancellationStatus Cancelled { get; } = new("CANCELLED");

    /// <summary>The value <c>CANCELLED_REJECTED</c>.</summary>
    public static CancellationStatus CancelledRejected { get; } = new("CANCELLED_REJECTED");

    /// <summary>The value <c>CANCELLATION_REQUESTED</c>.</summary>
    public static CancellationStatus CancellationRequested { get; } = new("CANCELLATION_REQUESTED");

    /// <inheritdoc />
    public string Value => _value ?? string.Empty;

    /// <inheritdoc />
    public bool IsKnown => Array.IndexOf(KnownValues, Value) >= 0;

    /// <summary>Compares two values by their wire text (ordinal).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(CancellationStatus left, CancellationStatus right) => left.Equals(right);

    /// <summary>Compares two values by their wire text (ordinal).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(CancellationStatus left, CancellationStatus right) => !left.Equals(right);

    /// <inheritdoc />
    public static CancellationStatus FromValue(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(CancellationStatus other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CancellationStatus other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
