using System.Text.Json;
using System.Text.Json.Serialization;

namespace AviationApis.Avinode.Json;

/// <summary>
/// Writes every outgoing string with the line breaks the vendor accepts (seed 004: "new lines must either be sent as
/// line feed (\n) or carriage return and line feed (\r\n)"): a lone carriage return becomes a line feed; <c>\r\n</c>
/// and <c>\n</c> are kept. Backslashes and quotes are escaped by the writer (<c>\\</c>, <c>\"</c>). Incoming strings
/// are read exactly as sent.
/// </summary>
internal sealed class LineBreakNormalizingStringConverter : JsonConverter<string>
{
    public override bool HandleNull => false;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String ? reader.GetString() : throw new JsonException($"Expected a string, got {reader.TokenType}.");

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(Normalize(value));

    public override string ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetString()!;

    public override void WriteAsPropertyName(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WritePropertyName(value);

    /// <summary>Replaces each carriage return not followed by a line feed with a line feed.</summary>
    internal static string Normalize(string value)
    {
        var index = value.IndexOf('\r', StringComparison.Ordinal);
        if (index < 0)
        {
            return value;
        }

        return string.Create(value.Length, value, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = c == '\r' && (i + 1 == source.Length || source[i + 1] != '\n') ? '\n' : c;
            }
        });
    }
}
