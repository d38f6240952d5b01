using System.Text.Json;
using System.Text.Json.Serialization;

namespace AviationApis.Avinode.Json;

/// <summary>Writes a tail registration as the vendor's tail resource shape <c>{"tailNumber": "N123AB"}</c> (assumed); reads either form.</summary>
internal sealed class TailNumberJsonConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return reader.GetString();
            case JsonTokenType.StartObject:
                string? tail = null;
                using (var document = JsonDocument.ParseValue(ref reader))
                {
                    if (document.RootElement.TryGetProperty("tailNumber", out var value) && value.ValueKind == JsonValueKind.String)
                    {
                        tail = value.GetString();
                    }
                }

                return tail;
            default:
                throw new JsonException($"Expected a tail as a string or an object, got {reader.TokenType}.");
        }
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("tailNumber", value);
        writer.WriteEndObject();
    }
}
