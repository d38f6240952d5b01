using System.Text.Json;
using System.Text.Json.Serialization;
using AviationApis.Core.Json;
using NodaTime;

namespace AviationApis.CargoAi.Json;

/// <summary>Reads an optional ISO date-time with offset; <see langword="null"/> and <c>""</c> (CargoAi sends empty strings) become <see langword="null"/>.</summary>
internal sealed class OptionalOffsetDateTimeJsonConverter : JsonConverter<OffsetDateTime?>
{
    private static readonly OffsetDateTimeJsonConverter Inner = new();

    public override bool HandleNull => true;

    public override OffsetDateTime? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null || (reader.TokenType == JsonTokenType.String && reader.ValueSpan.Length == 0 && !reader.ValueIsEscaped))
        {
            return null;
        }

        return Inner.Read(ref reader, typeof(OffsetDateTime), options);
    }

    public override void Write(Utf8JsonWriter writer, OffsetDateTime? value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is { } v)
        {
            Inner.Write(writer, v, options);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
