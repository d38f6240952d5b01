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

    /// <summary>ISO without seconds, the last of the default patterns: <c>2020-01-20T18:35</c>.</summary>
    private const string IsoMinutesPattern = "uuuu'-'MM'-'dd'T'HH':'mm";

    private readonly IPattern<LocalDateTime>[] _patterns;

    // Fast paths (IsoUtf8Parser) by known pattern. The known patterns never accept the same text, so a shape can
    // skip the NodaTime patterns when its own pattern is configured and only known patterns come before it.
    private readonly bool _fastIso;
    private readonly bool _fastIsoMinutes;
    private readonly bool _fastDayMonthYear;
    private readonly bool _fastSpaceSeparated;

    /// <summary>Creates the converter with the default patterns (ISO first).</summary>
    public LocalDateTimeJsonConverter()
        : this(IsoPattern, DayMonthYearPattern, SpaceSeparatedPattern, IsoMinutesPattern)
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
        foreach (var pattern in patterns)
        {
            if (pattern == IsoPattern)
            {
                _fastIso = true;
            }
            else if (pattern == IsoMinutesPattern)
            {
                _fastIsoMinutes = true;
            }
            else if (pattern == DayMonthYearPattern)
            {
                _fastDayMonthYear = true;
            }
            else if (pattern == SpaceSeparatedPattern)
            {
                _fastSpaceSeparated = true;
            }
            else
            {
                break;
            }
        }
    }

    internal static LocalDateTimeJsonConverter Default { get; } = new();

    private string Expected { get; }

    /// <inheritdoc />
    public override LocalDateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        IsoUtf8Parser.TryGetUtf8(in reader, stackalloc byte[IsoUtf8Parser.ScratchLength], out var utf8) && TryParseFast(utf8, out var value)
            ? value
            : NodaPatternReader.Read(ref reader, _patterns, Expected);

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, LocalDateTime value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(_patterns[0].Format(value));
    }

    private bool TryParseFast(ReadOnlySpan<byte> utf8, out LocalDateTime value)
    {
        value = default;
        return utf8.Length switch
        {
            < 16 => false,
            _ when utf8[10] == (byte)'T' => (_fastIso || _fastIsoMinutes) && IsoUtf8Parser.TryParseIsoDateTime(utf8, _fastIso, _fastIsoMinutes, out value),
            _ when utf8[2] == (byte)'/' => _fastDayMonthYear && IsoUtf8Parser.TryParseDayMonthYearDateTime(utf8, out value),
            _ => _fastSpaceSeparated && IsoUtf8Parser.TryParseSpaceSeparatedDateTime(utf8, out value),
        };
    }
}
