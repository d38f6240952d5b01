using System.Text.Json;
using System.Text.Json.Serialization;

namespace AviationApis.Core.Json;

/// <summary>Reads any string (or number, kept as text) into an <see cref="IExtensibleEnum{TSelf}"/>; never throws on an unknown value.</summary>
/// <typeparam name="T">The extensible enum.</typeparam>
public sealed class ExtensibleEnumJsonConverter<T> : JsonConverter<T>
    where T : struct, IExtensibleEnum<T>
{
    /// <inheritdoc />
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.String => T.FromValue(reader.GetString()!),
        JsonTokenType.Number => T.FromValue(RawTokenText.Of(ref reader)),
        JsonTokenType.True => T.FromValue("true"),
        JsonTokenType.False => T.FromValue("false"),
        _ => throw new JsonException($"Expected a {typeof(T).Name} string, got {reader.TokenType}."),
    };

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.Value);
    }

    /// <inheritdoc />
    public override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        T.FromValue(reader.GetString()!);

    /// <inheritdoc />
    public override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(value.Value);
    }
}
