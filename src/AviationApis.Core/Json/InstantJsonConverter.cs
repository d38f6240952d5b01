using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace AviationApis.Core.Json;

/// <summary>
/// Reads <see cref="Instant"/> from ISO 8601 UTC (<c>2015-12-17T19:56:03.148Z</c>, fraction optional) or with an
/// offset; writes UTC with milliseconds, the Avinode timestamp format.
/// </summary>
public sealed class InstantJsonConverter : JsonConverter<Instant>
{
    private static readonly InstantPattern Milliseconds = InstantPattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss.fff'Z'");
    private static readonly IPattern<Instant>[] Patterns =
    [
        InstantPattern.ExtendedIso,
        new OffsetAsInstantPattern(),
    ];

    /// <inheritdoc />
    /// <remarks>
    /// A local time at the edge of the calendar with an offset (<c>9999-12-31T23:59:59-01:00</c>) is an instant past
    /// <see cref="Instant.MaxValue"/>: that is a <see cref="JsonException"/> (the serializer adds the member's path),
    /// never an <see cref="OverflowException"/>.
    /// </remarks>
    public override Instant Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        try
        {
            return IsoUtf8Parser.TryGetUtf8(in reader, stackalloc byte[IsoUtf8Parser.ScratchLength], out var utf8) && IsoUtf8Parser.TryParseOffsetDateTime(utf8, minutes: false, out var value)
                ? value.ToInstant()
                : NodaPatternReader.Read(ref reader, Patterns, "a UTC timestamp 'yyyy-MM-ddTHH:mm:ss.fffZ'");
        }
        catch (Exception ex) when (ex is OverflowException or ArgumentOutOfRangeException)
        {
            throw new JsonException("Expected a UTC timestamp within the supported range (years -9998 to 9999 in UTC), got one beyond it.", ex);
        }
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Instant value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(Milliseconds.Format(value));
    }

    private sealed class OffsetAsInstantPattern : IPattern<Instant>
    {
        public ParseResult<Instant> Parse(string text) => OffsetDateTimePattern.ExtendedIso.Parse(text).Convert(o => o.ToInstant());

        public string Format(Instant value) => Milliseconds.Format(value);

        public System.Text.StringBuilder AppendFormat(Instant value, System.Text.StringBuilder builder) => Milliseconds.AppendFormat(value, builder);
    }
}
