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
        if (reader.TokenType == JsonTokenType.String && reader.ValueSpan.Length > 10 && reader.ValueSpan[10] is (byte)'T' or (byte)' ')
        {
            return LocalDateTimeJsonConverter.Default.Read(ref reader, typeof(LocalDateTime), options).Date;
        }

        if (IsoUtf8Parser.TryGetUtf8(in reader, stackalloc byte[IsoUtf8Parser.ScratchLength], out var utf8) && IsoUtf8Parser.TryParseDate(utf8, out var date))
        {
            return date;
        }

        return NodaPatternReader.Read(ref reader, Patterns, "a date 'yyyy-MM-dd'");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(LocalDatePattern.Iso.Format(value));
    }
}
