using System.Text.Json;
using System.Text.Json.Serialization;

namespace AviationApis.Core.Json;

/// <summary>Reads an id sent as a JSON number or string into a <see cref="string"/> (numbers keep their exact text); writes a string.</summary>
public sealed class NumberOrStringJsonConverter : JsonConverter<string>
{
    /// <inheritdoc />
    public override bool HandleNull => false;

    /// <inheritdoc />
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Number => RawTokenText.Of(ref reader),
        JsonTokenType.Null => null,
        _ => throw new JsonException($"Expected an id as a number or string, got {reader.TokenType}."),
    };

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value);
    }
}
