using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace AviationApis.Core.Json;

/// <summary>
/// Reads and writes <see cref="LocalDateTime"/> (a wall-clock time with no offset, e.g. local airport time) with
/// configurable NodaTime patterns. Reading tries every pattern in order; writing uses the first. The default reads
/// ISO (<c>uuuu-MM-ddTHH:mm:ss.FFFFFFFFF</c>), <c>dd/MM/uuuu HH:mm:ss</c> (Cangooroo) and <c>uuuu-MM-dd HH:mm:ss</c>,
/// and writes ISO. Values are never converted through the machine's time zone.
/// </summary>
public sealed class LocalDateTimeJsonConverter : JsonConverter<LocalDateTime>
{
    /// <summary>ISO 8601 without offset, e.g. <c>2020-01-20T18:35:00</c>.</summary>
    public const string IsoPattern = "uuuu'-'MM'-'dd'T'HH':'mm':'ss;FFFFFFFFF";

    /// <summary>Day first with slashes, as Cangooroo sends: <c>20/01/2020 18:35:00</c>.</summary>
    public const string DayMonthYearPattern = "dd'/'MM'/'uuuu HH':'mm':'ss";

    /// <summary>ISO date and time separated by a space: <c>2020-01-20 18:35:00</c>.</summary>
    public const string SpaceSeparatedPattern = "uuuu'-'MM'-'dd HH':'mm':'ss";

    private readonly IPattern<LocalDateTime>[] _patterns;

    /// <summary>Creates the converter with the default patterns (ISO first).</summary>
    public LocalDateTimeJsonConverter()
        : this(IsoPattern, DayMonthYearPattern, SpaceSeparatedPattern, "uuuu'-'MM'-'dd'T'HH':'mm")
    {
    }

    /// <summary>Creates the converter with the given NodaTime patterns; the first is used for writing.</summary>
    /// <param name="patterns">At least one NodaTime <see cref="LocalDateTimePattern"/> text.</param>
    public LocalDateTimeJsonConverter(params string[] patterns)
    {
        ArgumentNullException.ThrowIfNull(patterns);
        if (patterns.Length == 0)
        {
            throw new ArgumentException("At least one pattern is required.", nameof(patterns));
        }

        _patterns = patterns.Select(p => (IPattern<LocalDateTime>)LocalDateTimePattern.CreateWithInvariantCulture(p)).ToArray();
        Expected = $"a local date-time '{string.Join("' or '", patterns)}'";
    }

    internal static LocalDateTimeJsonConverter Default { get; } = new();

    private string Expected { get; }

    /// <inheritdoc />
    public override LocalDateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        NodaPatternReader.Read(ref reader, _patterns, Expected);

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, LocalDateTime value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(_patterns[0].Format(value));
    }
}
