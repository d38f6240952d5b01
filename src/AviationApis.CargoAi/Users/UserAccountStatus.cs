using System.Text.Json.Serialization;
using AviationApis.Core.Json;

namespace AviationApis.CargoAi.Users;

/// <summary>The status of a CargoMART account after create / get token / update. The vendor shows only <c>Activated</c>; accounts awaiting manual activation or more details are described in prose only, so <see cref="Pending"/> is our assumption and any other value means not (yet) activated. Unknown values are kept, never an error.</summary>
[JsonConverter(typeof(ExtensibleEnumJsonConverter<UserAccountStatus>))]
public readonly struct UserAccountStatus : IExtensibleEnum<UserAccountStatus>, IEquatable<UserAccountStatus>
{
    private static readonly string[] KnownValues = ["Activated", "Pending"];

    /// <summary>Wraps a wire value.</summary>
    /// <param name="value">The value exactly as sent on the wire.</param>
    public UserAccountStatus(string value) => _value = value ?? throw new ArgumentNullException(nameof(value));

    private readonly string? _value;

    /// <summary>The value <c>Activated</c>.</summary>
    public static UserAccountStatus Activated { get; } = new("Activated");

    /// <summary>The value <c>Pending</c>.</summary>
    public static UserAccountStatus Pending { get; } = new("Pending");

    /// <inheritdoc />
    public string Value => _value ?? string.Empty;

    /// <inheritdoc />
    public bool IsKnown => Array.IndexOf(KnownValues, Value) >= 0;

    /// <summary>Compares two values by their wire text (ordinal).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(UserAccountStatus left, UserAccountStatus right) => left.Equals(right);

    /// <summary>Compares two values by their wire text (ordinal).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(UserAccountStatus left, UserAccountStatus right) => !left.Equals(right);

    /// <inheritdoc />
    public static UserAccountStatus FromValue(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(UserAccountStatus other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is UserAccountStatus other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
