using System.Text.Json.Serialization;
using AviationApis.Core.Json;

namespace AviationApis.CargoAi.Booking;

/// <summary>The status of a booking. The vendor's full list is not published; these are the observed values. Unknown values are kept, never an error.</summary>
[JsonConverter(typeof(ExtensibleEnumJsonConverter<BookingStatus>))]
public readonly struct BookingStatus : IExtensibleEnum<BookingStatus>, IEquatable<BookingStatus>
{
    private static readonly string[] KnownValues = ["PENDING_AIRLINE_INFORMATION", "PENDING_DELIVERY", "DELIVERED", "DIRECT_BOOKING_PROCESSING", "FAILED", "BOOKING_REJECTED"];

    /// <summary>Wraps a wire value.</summary>
    /// <param name="value">The value exactly as sent on the wire.</param>
    public BookingStatus(string value) => _value = value ?? throw new ArgumentNullException(nameof(value));

    private readonly string? _value;

    /// <summary>The value <c>PENDING_AIRLINE_INFORMATION</c>.</summary>
    public static BookingStatus PendingAirlineInformation { get; } = new("PENDING_AIRLINE_INFORMATION");

    /// <summary>The value <c>PENDING_DELIVERY</c>.</summary>
    public static BookingStatus PendingDelivery { get; } = new("PENDING_DELIVERY");

    /// <summary>The value <c>DELIVERED</c>.</summary>
    public static BookingStatus Delivered { get; } = new("DELIVERED");

    /// <summary>The value <c>DIRECT_BOOKING_PROCESSING</c>.</summary>
    public static BookingStatus DirectBookingProcessing { get; } = new("DIRECT_BOOKING_PROCESSING");

    /// <summary>The value <c>FAILED</c>.</summary>
    public static BookingStatus Failed { get; } = new("FAILED");

    /// <summary>The value <c>BOOKING_REJECTED</c>.</summary>
    public static BookingStatus BookingRejected { get; } = new("BOOKING_REJECTED");

    /// <inheritdoc />
    public string Value => _value ?? string.Empty;

    /// <inheritdoc />
    public bool IsKnown => Array.IndexOf(KnownValues, Value) >= 0;

    /// <summary>Compares two values by their wire text (ordinal).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(BookingStatus left, BookingStatus right) => left.Equals(right);

    /// <summary>Compares two values by their wire text (ordinal).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(BookingStatus left, BookingStatus right) => !left.Equals(right);

    /// <inheritdoc />
    public static BookingStatus FromValue(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(BookingStatus other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is BookingStatus other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
