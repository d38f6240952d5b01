using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using AviationApis.Avinode.Resources;

namespace AviationApis.Avinode.Json;

/// <summary>Reads an id sent as a string or number into a <see cref="ResourceId"/>; null and empty become an empty id.</summary>
internal sealed class ResourceIdJsonConverter : JsonConverter<ResourceId>
{
    public override bool HandleNull => true;

    public override ResourceId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType switch
        {
            JsonTokenType.String => reader.GetString(),
            JsonTokenType.Number => reader.HasValueSequence ? Encoding.UTF8.GetString(reader.ValueSequence.ToArray()) : Encoding.UTF8.GetString(reader.ValueSpan),
            JsonTokenType.Null => null,
            _ => throw new JsonException($"Expected an id as a string, got {reader.TokenType}."),
        };
        return string.IsNullOrWhiteSpace(text) ? default : new ResourceId(text);
    }

    public override void Write(Utf8JsonWriter writer, ResourceId value, JsonSerializerOptions options)
    {
        if (value.IsEmpty)
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteStringValue(value.ToString());
        }
    }
}
