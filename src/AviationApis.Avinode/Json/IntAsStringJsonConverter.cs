using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace AviationApis.Avinode.Json;

/// <summary>
/// A count the vendor's examples write as a string (<c>"paxCount": "4"</c>): written as a string, read from a number
/// or a string.
/// </summary>
internal sealed class IntAsStringJsonConverter : JsonConverter<int>
{
    public override int Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number)
        {
            return reader.GetInt32();
        }

        if (reader.TokenType == JsonTokenType.String && int.TryParse(reader.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        throw new JsonException($"Expected a whole number, got {reader.TokenType}.");
    }

    public override void Write(Utf8JsonWriter writer, int value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString(CultureInfo.InvariantCulture));
}
