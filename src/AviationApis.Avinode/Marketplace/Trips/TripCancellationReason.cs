using System.Text.Json.Serialization;
using AviationApis.Core.Json;

namespace AviationApis.Avinode.Marketplace;

/// <summary>Why a buyer cancels a trip (<c>PUT /trips/{id}/cancel</c>, member <c>reason</c>; open set: unknown values are kept).</summary>
[JsonConverter(typeof(ExtensibleEnumJsonConverter<TripCancellationReason>))]
public readonly struct TripCancellationReason : IExtensibleEnum<TripCancellationReason>, IEquatable<TripCancellationReason>
{
    private readonly string? _value;

    private TripCancellationReason(string value) => _value = value;

    /// <summary><c>BY_CLIENT</c>: the client cancelled.</summary>
    public static TripCancellationReason ByClient { get; } = new("BY_CLIENT");

    /// <summary><c>CHANGED</c>: the trip changed (e.g. a new trip replaces it).</summary>
    public static TripCancellationReason Changed { get; } = new("CHANGED");

    /// <summary><c>BOOKED</c>: the trip was booked.</summary>
    public static TripCancellationReason Booked { get; } = new("BOOKED");

    /// <summary><c>OTHER</c>: another reason (say which in the message to sellers).</summary>
    public static TripCancellationReason Other { get; } = new("OTHER");

    /// <inheritdoc />
    public string Value => _value ?? string.Empty;

    /// <inheritdoc />
    public bool IsKnown => Equals(ByClient) || Equals(Changed) || Equals(Booked) || Equals(Other);

    /// <summary>Compares two values (ordinal).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(TripCancellationReason left, TripCancellationReason right) => left.Equals(right);

    /// <summary>Compares two values (ordinal).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(TripCancellationReason left, TripCancellationReason right) => !left.Equals(right);

    /// <inheritdoc />
    public static TripCancellationReason FromValue(string value) => new(value ?? string.Empty);

    /// <inheritdoc />
    public bool Equals(TripCancellationReason other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is TripCancellationReason other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
