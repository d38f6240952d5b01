using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;

namespace AviationApis.Core.Json;

/// <summary>
/// A <see cref="LocalDateTime"/> converter that writes <c>dd/MM/yyyy HH:mm:ss</c> (and reads it, ISO and
/// <c>yyyy-MM-dd HH:mm:ss</c>), for use as <c>[JsonConverter(typeof(DayMonthYearLocalDateTimeJsonConverter))]</c>.
/// </summary>
public sealed class DayMonthYearLocalDateTimeJsonConverter : JsonConverter<LocalDateTime>
{
    private static readonly LocalDateTimeJsonConverter Inner = new(
        LocalDateTimeJsonConverter.DayMonthYearPattern, LocalDateTimeJsonConverter.IsoPattern, LocalDateTimeJsonConverter.SpaceSeparatedPattern);

    /// <inheritdoc />
    public override LocalDateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Inner.Read(ref reader, typeToConvert, options);

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, LocalDateTime value, JsonSerializerOptions options) =>
        Inner.Write(writer, value, options);
}
