using System.Text.Json.Serialization;
using AviationApis.Core.Json;

namespace AviationApis.Avinode.SchedAero;

/// <summary>The kind of a tripsheet (open set: unknown values are kept).</summary>
[JsonConverter(typeof(ExtensibleEnumJsonConverter<TripsheetReportType>))]
public readonly struct TripsheetReportType : IExtensibleEnum<TripsheetReportType>, IEquatable<TripsheetReportType>
{
    private static readonly string[] Known = ["PassengerTripSheet", "PilotTripSheet"];

    private readonly string? _value;

    private TripsheetReportType(string value) => _value = value;

    /// <summary>A passenger tripsheet.</summary>
    public static TripsheetReportType PassengerTripSheet { get; } = new("PassengerTripSheet");

    /// <summary>A pilot tripsheet.</summary>
    public static TripsheetReportType PilotTripSheet { get; } = new("PilotTripSheet");

    /// <inheritdoc />
    public string Value => _value ?? string.Empty;

    /// <inheritdoc />
    public bool IsKnown => Known.Contains(Value, StringComparer.Ordinal);

    /// <summary>Compares two values (ordinal).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(TripsheetReportType left, TripsheetReportType right) => left.Equals(right);

    /// <summary>Compares two values (ordinal).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(TripsheetReportType left, TripsheetReportType right) => !left.Equals(right);

    /// <inheritdoc />
    public static TripsheetReportType FromValue(string value) => new(value ?? string.Empty);

    /// <inheritdoc />
    public bool Equals(TripsheetReportType other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is TripsheetReportType other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
