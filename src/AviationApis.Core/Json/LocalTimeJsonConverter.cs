using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace AviationApis.Core.Json;

/// <summary>Reads <see cref="LocalTime"/> as <c>HH:mm</c>, <c>HH:mm:ss</c> or <c>HH:mm:ss.fff</c>; writes <c>HH:mm</c> (seconds when not zero).</summary>
public sealed class LocalTimeJsonConverter : JsonConverter<LocalTime>
{
    private static readonly LocalTimePattern HourMinute = LocalTimePattern.CreateWithInvariantCulture("HH':'mm");
    private static readonly IPattern<LocalTime>[] Patterns = [HourMinute, LocalTimePattern.ExtendedIso];

    /// <inheritdoc />
    public override LocalTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        IsoUtf8Parser.TryGetUtf8(in reader, stackalloc byte[IsoUtf8Parser.ScratchLength], out var utf8) && IsoUtf8Parser.TryParseTime(utf8, out var time)
            ? time
            : NodaPatternReader.Read(ref reader, Patterns, "a time 'HH:mm'");

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, LocalTime value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var pattern = value.Second == 0 && value.NanosecondOfSecond == 0 ? HourMinute : LocalTimePattern.ExtendedIso;
        writer.WriteStringValue(pattern.Format(value));
    }
}
