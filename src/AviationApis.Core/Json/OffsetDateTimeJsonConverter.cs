using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace AviationApis.Core.Json;

/// <summary>
/// Reads <see cref="OffsetDateTime"/> as ISO 8601 with offset (<c>2024-10-14T04:00:01+08:00</c>, <c>+08</c>, <c>Z</c>);
/// writes RFC 3339 (<c>2024-10-14T04:00:01+08:00</c>, <c>Z</c> for UTC).
/// </summary>
public sealed class OffsetDateTimeJsonConverter : JsonConverter<OffsetDateTime>
{
    private static readonly IPattern<OffsetDateTime>[] Patterns =
    [
        OffsetDateTimePattern.ExtendedIso,
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mmo<G>"),
    ];

    /// <inheritdoc />
    public override OffsetDateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        IsoUtf8Parser.TryGetUtf8(in reader, stackalloc byte[IsoUtf8Parser.ScratchLength], out var utf8) && IsoUtf8Parser.TryParseOffsetDateTime(utf8, minutes: true, out var value)
            ? value
            : NodaPatternReader.Read(ref reader, Patterns, "an ISO date-time with offset 'yyyy-MM-ddTHH:mm:ss+hh:mm'");

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, OffsetDateTime value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(OffsetDateTimePattern.Rfc3339.Format(value));
    }
}
