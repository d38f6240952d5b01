using System.Text.Json.Serialization;
using AviationApis.Core.Json;

namespace AviationApis.Avinode.Marketplace;

/// <summary>Why a seller declines a lift or a whole RFQ (<c>declineReason</c>; the seven documented values, open set: unknown values are kept).</summary>
[JsonConverter(typeof(ExtensibleEnumJsonConverter<DeclineReason>))]
public readonly struct DeclineReason : IExtensibleEnum<DeclineReason>, IEquatable<DeclineReason>
{
    private readonly string? _value;

    private DeclineReason(string value) => _value = value;

    /// <summary><c>AIRCRAFT_NOT_AVAILABLE</c>: the aircraft is not available.</summary>
    public static DeclineReason AircraftNotAvailable { get; } = new("AIRCRAFT_NOT_AVAILABLE");

    /// <summary><c>CABOTAGE</c>: cabotage rules forbid the trip.</summary>
    public static DeclineReason Cabotage { get; } = new("CABOTAGE");

    /// <summary><c>CREW_NOT_AVAILABLE</c>: no crew is available.</summary>
    public static DeclineReason CrewNotAvailable { get; } = new("CREW_NOT_AVAILABLE");

    /// <summary><c>OWNER_DECLINED</c>: the aircraft owner declined.</summary>
    public static DeclineReason OwnerDeclined { get; } = new("OWNER_DECLINED");

    /// <summary><c>UNATTRACTIVE_TRIP</c>: the trip is not attractive to the operator.</summary>
    public static DeclineReason UnattractiveTrip { get; } = new("UNATTRACTIVE_TRIP");

    /// <summary><c>UNKNOWN</c>: no reason given.</summary>
    public static DeclineReason Unknown { get; } = new("UNKNOWN");

    /// <summary><c>OTHER</c>: another reason (say which in the message).</summary>
    public static DeclineReason Other { get; } = new("OTHER");

    /// <inheritdoc />
    public string Value => _value ?? string.Empty;

    /// <inheritdoc />
    public bool IsKnown => Equals(AircraftNotAvailable) || Equals(Cabotage) || Equals(CrewNotAvailable) || Equals(OwnerDeclined) || Equals(UnattractiveTrip) || Equals(Unknown) || Equals(Other);

    /// <summary>Compares two values (ordinal).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(DeclineReason left, DeclineReason right) => left.Equals(right);

    /// <summary>Compares two values (ordinal).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(DeclineReason left, DeclineReason right) => !left.Equals(right);

    /// <inheritdoc />
    public static DeclineReason FromValue(string value) => new(value ?? string.Empty);

    /// <inheritdoc />
    public bool Equals(DeclineReason other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is DeclineReason other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
