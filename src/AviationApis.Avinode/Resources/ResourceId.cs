using System.Text.Json.Serialization;
using AviationApis.Avinode.Json;

namespace AviationApis.Avinode.Resources;

/// <summary>
/// An opaque Avinode or SchedAero resource identifier (e.g. <c>contact-123456789</c>). The vendor says the format is
/// unspecified and may change at any time, so this type offers no way to parse, split or build one: compare ids with
/// <c>==</c>, store them with <see cref="ToString"/> and pass them back unchanged.
/// </summary>
/// <remarks>
/// Avinode's checklist forbids showing API-generated ids to users unless the documentation says a particular id may
/// be shown. None of the SchedAero ids exposed by this package (contacts, trips, flight legs, quotes, reports,
/// external systems, webhook settings) is documented as displayable: show names, trip numbers and dates instead.
/// </remarks>
[JsonConverter(typeof(ResourceIdJsonConverter))]
public readonly struct ResourceId : IEquatable<ResourceId>
{
    private readonly string? _value;

    /// <summary>Wraps an id exactly as the server (or your storage) gave it.</summary>
    /// <param name="value">The id text; not empty.</param>
    public ResourceId(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        _value = value;
    }

    /// <summary><see langword="true"/> for <c>default(ResourceId)</c> (no id was sent).</summary>
    public bool IsEmpty => _value is null;

    /// <summary>Compares two ids (ordinal, case-sensitive).</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(ResourceId left, ResourceId right) => left.Equals(right);

    /// <summary>Compares two ids (ordinal, case-sensitive).</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(ResourceId left, ResourceId right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(ResourceId other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ResourceId other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _value is null ? 0 : StringComparer.Ordinal.GetHashCode(_value);

    /// <summary>The id text, for storage and for passing back to the API; empty for an empty id.</summary>
    /// <returns>The id exactly as received.</returns>
    public override string ToString() => _value ?? string.Empty;
}
