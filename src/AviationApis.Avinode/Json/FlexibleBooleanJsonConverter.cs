using System.Text.Json;
using System.Text.Json.Serialization;

namespace AviationApis.Avinode.Json;

/// <summary>Reads <c>true</c>/<c>false</c> sent as JSON booleans or strings (the vendor's own examples use both).</summary>
internal sealed class FlexibleBooleanJsonConverter : JsonConverter<bool?>
{
    public override bool HandleNull => true;

    public override bool? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        JsonTokenType.Null => null,
        JsonTokenType.String when bool.TryParse(reader.GetString(), out var value) => value,
        JsonTokenType.String => null,
        JsonTokenType.Number => reader.TryGetInt64(out var number) ? number != 0 : null,
        _ => throw new JsonException($"Expected a boolean, got {reader.TokenType}."),
    };

    public override void Write(Utf8JsonWriter writer, bool? value, JsonSerializerOptions options)
    {
        if (value is { } flag)
        {
            writer.WriteBooleanValue(flag);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
