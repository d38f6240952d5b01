using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace AviationApis.Core.Json;

/// <summary>Reads and writes <see cref="LocalDate"/> as <c>yyyy-MM-dd</c>; also reads a date-time by its date part.</summary>
public sealed class LocalDateJsonConverter : JsonConverter<LocalDate>
{
    private static readonly IPattern<LocalDate>[] Patterns = [LocalDatePattern.Iso];

    /// <inheritdoc />
    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        // Date versus date-time is decided on the unescaped text: "\u0032024-01-01T10:00:00" is read as its twin.
        if (IsoUtf8Parser.TryGetUtf8(in reader, stackalloc byte[IsoUtf8Parser.ScratchLength], out var utf8))
        {
            if (IsDateTime(utf8))
            {
                return LocalDateTimeJsonConverter.Default.Read(ref reader, typeof(LocalDateTime), options).Date;
            }

            if (IsoUtf8Parser.TryParseDate(utf8, out var date))
            {
                return date;
            }
        }
        else if (reader.TokenType == JsonTokenType.String && reader.GetString() is { Length: > 10 } text && text[10] is 'T' or ' ')
        {
            return LocalDateTimeJsonConverter.Default.Read(ref reader, typeof(LocalDateTime), options).Date;
        }

        return NodaPatternReader.Read(ref reader, Patterns, "a date 'yyyy-MM-dd'");
    }

    private static bool IsDateTime(ReadOnlySpan<byte> utf8) => utf8.Length > 10 && utf8[10] is (byte)'T' or (byte)' ';

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(LocalDatePattern.Iso.Format(value));
    }
}
