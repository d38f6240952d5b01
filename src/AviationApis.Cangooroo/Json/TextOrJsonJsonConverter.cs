using System.Text.Json;
using System.Text.Json.Serialization;

namespace AviationApis.Cangooroo.Json;

/// <summary>Reads a string as is and any other value (array, object, number) as its JSON text, so a shape change never breaks reading.</summary>
internal sealed class TextOrJsonJsonConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return reader.GetString();
        }

        using var document = JsonDocument.ParseValue(ref reader);
        return document.RootElement.GetRawText();
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value);
    }
}
