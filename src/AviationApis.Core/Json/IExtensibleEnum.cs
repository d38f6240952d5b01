namespace AviationApis.Core.Json;

/// <summary>
/// An open set of string values: a <c>readonly struct</c> with static known values, the raw string, and
/// <see cref="IsKnown"/>. A value the SDK does not know (the vendor added one) is kept, never an error.
/// Serialize it with <see cref="ExtensibleEnumJsonConverter{T}"/>.
/// </summary>
/// <typeparam name="TSelf">The implementing struct.</typeparam>
public interface IExtensibleEnum<TSelf>
    where TSelf : struct, IExtensibleEnum<TSelf>
{
    /// <summary>The value exactly as sent on the wire.</summary>
    string Value { get; }

    /// <summary><see langword="true"/> when the value is one this SDK version declares.</summary>
    bool IsKnown { get; }

    /// <summary>Wraps a wire value.</summary>
    /// <param name="value">The raw value.</param>
    /// <returns>The wrapped value.</returns>
    static abstract TSelf FromValue(string value);
}
