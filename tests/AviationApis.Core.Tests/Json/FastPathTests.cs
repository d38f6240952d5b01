using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using AviationApis.Core.Json;
using NodaTime;
using NodaTime.Text;

namespace AviationApis.Core.Tests.Json;

/// <summary>
/// The UTF-8 fast paths of the NodaTime converters must give exactly what the NodaTime pattern path gives (value or
/// error message), read escaped and multi-segment strings through a stack scratch copy, and allocate nothing.
/// </summary>
public sealed class FastPathTests
{
    private const string DateExpected = "a date 'yyyy-MM-dd'";
    private const string TimeExpected = "a time 'HH:mm'";
    private const string OffsetExpected = "an ISO date-time with offset 'yyyy-MM-ddTHH:mm:ss+hh:mm'";
    private const string InstantExpected = "a UTC timestamp 'yyyy-MM-ddTHH:mm:ss.fffZ'";
    private const string IsoMinutes = "uuuu'-'MM'-'dd'T'HH':'mm";

    private static readonly JsonSerializerOptions Options = new();

    // The converters' patterns, restated: the reference ("the pattern path") each fast path is compared with.
    private static readonly IPattern<LocalDate>[] DatePatterns = [LocalDatePattern.Iso];

    private static readonly IPattern<LocalTime>[] TimePatterns =
        [LocalTimePattern.CreateWithInvariantCulture("HH':'mm"), LocalTimePattern.ExtendedIso];

    private static readonly IPattern<OffsetDateTime>[] OffsetPatterns =
        [OffsetDateTimePattern.ExtendedIso, OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mmo<G>")];

    private static readonly IPattern<Instant>[] InstantPatterns =
        [InstantPattern.ExtendedIso, new OffsetAsInstant()];

    private static readonly string[] DefaultLocalPatternTexts =
        [LocalDateTimeJsonConverter.IsoPattern, LocalDateTimeJsonConverter.DayMonthYearPattern, LocalDateTimeJsonConverter.SpaceSeparatedPattern, IsoMinutes];

    private static readonly string[] DayMonthYearPatternTexts =
        [LocalDateTimeJsonConverter.DayMonthYearPattern, LocalDateTimeJsonConverter.IsoPattern, LocalDateTimeJsonConverter.SpaceSeparatedPattern];

    private delegate T ReadValue<T>(ref Utf8JsonReader reader);

    [Theory]
    [InlineData("2024-01-02", true, true)]
    [InlineData("2024-02-29", true, true)]
    [InlineData("2000-02-29", true, true)]
    [InlineData("2024-12-31", true, true)]
    [InlineData("0000-01-01", true, true)]
    [InlineData("0001-01-01", true, true)]
    [InlineData("9999-12-31", true, true)]
    [InlineData("2023-02-29", false, false)]
    [InlineData("1900-02-29", false, false)]
    [InlineData("2024-04-31", false, false)]
    [InlineData("2024-13-01", false, false)]
    [InlineData("2024-00-10", false, false)]
    [InlineData("2024-01-00", false, false)]
    [InlineData("2024-1-02", false, false)]
    [InlineData("2024/01/02", false, false)]
    [InlineData("2024-01-0x", false, false)]
    [InlineData("2024-01/02", false, false)]
    [InlineData("2024-01-1/", false, false)]
    [InlineData("abcd-01-02", false, false)]
    [InlineData(" 2024-01-02 ", false, true)]
    [InlineData("", false, false)]
    public void Dates_match_the_pattern_path(string text, bool fast, bool valid)
    {
        var converter = new LocalDateJsonConverter();

        var expected = Outcome(Json(text), (ref Utf8JsonReader r) => NodaPatternReader.Read(ref r, DatePatterns, DateExpected));
        var actual = Outcome(Json(text), (ref Utf8JsonReader r) => converter.Read(ref r, typeof(LocalDate), Options));

        Assert.Equal(expected, actual);
        Assert.Equal(valid, actual.Error is null);
        Assert.Equal(fast, IsoUtf8Parser.TryParseDate(Encoding.UTF8.GetBytes(text), out _));
    }

    [Fact]
    public void An_invalid_date_keeps_its_error_message()
    {
        var actual = Outcome(Json("2023-02-29"), (ref Utf8JsonReader r) => new LocalDateJsonConverter().Read(ref r, typeof(LocalDate), Options));

        Assert.Equal("Expected a date 'yyyy-MM-dd', got '2023-02-29'.", actual.Error);
    }

    [Theory]
    [InlineData("2024-02-29T23:59:59.5")]
    [InlineData("2024-02-29 23:59:59")]
    [InlineData("2024-02-29T23:59")]
    public void Dates_still_read_the_date_of_a_date_time(string text)
    {
        Assert.Equal(new LocalDate(2024, 2, 29), Outcome(Json(text), (ref Utf8JsonReader r) => new LocalDateJsonConverter().Read(ref r, typeof(LocalDate), Options)).Value);
    }

    [Theory]
    [InlineData("00:00", true, true)]
    [InlineData("23:59", true, true)]
    [InlineData("23:59:59", true, true)]
    [InlineData("12:34:56.7", true, true)]
    [InlineData("12:34:56.123", true, true)]
    [InlineData("12:34:56.123456789", true, true)]
    [InlineData("08:05:09.000000001", true, true)]
    [InlineData("24:00", false, false)]
    [InlineData("24:00:00", false, false)]
    [InlineData("23:60", false, false)]
    [InlineData("12:00:60", false, false)]
    [InlineData("25:99", false, false)]
    [InlineData("1:00", false, false)]
    [InlineData("12", false, false)]
    [InlineData("12:34:56.1234567890", false, false)]
    [InlineData("12:34:56,5", false, true)]
    [InlineData("12:34:56.", false, false)]
    [InlineData("10:xx", false, false)]
    [InlineData("", false, false)]
    [InlineData(" 12:34 ", false, true)]
    public void Times_match_the_pattern_path(string text, bool fast, bool valid)
    {
        var converter = new LocalTimeJsonConverter();

        var expected = Outcome(Json(text), (ref Utf8JsonReader r) => NodaPatternReader.Read(ref r, TimePatterns, TimeExpected));
        var actual = Outcome(Json(text), (ref Utf8JsonReader r) => converter.Read(ref r, typeof(LocalTime), Options));

        Assert.Equal(expected, actual);
        Assert.Equal(valid, actual.Error is null);
        Assert.Equal(fast, IsoUtf8Parser.TryParseTime(Encoding.UTF8.GetBytes(text), out _));
    }

    [Fact]
    public void An_invalid_time_keeps_its_error_message()
    {
        var actual = Outcome(Json("24:00"), (ref Utf8JsonReader r) => new LocalTimeJsonConverter().Read(ref r, typeof(LocalTime), Options));

        Assert.Equal("Expected a time 'HH:mm', got '24:00'.", actual.Error);
    }

    [Theory]
    [InlineData("2020-01-20T18:35:00", true, true)]
    [InlineData("2024-02-29T23:59:59", true, true)]
    [InlineData("2020-01-20T18:35:00.5", true, true)]
    [InlineData("2020-01-20T18:35:00.123456789", true, true)]
    [InlineData("2020-01-20T18:35", true, true)]
    [InlineData("2020-01-20 18:35:00", true, true)]
    [InlineData("20/01/2020 18:35:00", true, true)]
    [InlineData("29/02/2024 00:00:00", true, true)]
    [InlineData("2023-02-29T00:00:00", false, false)]
    [InlineData("29/02/2023 00:00:00", false, false)]
    [InlineData("31/04/2020 10:00:00", false, false)]
    [InlineData("2020-01-20T24:00:00", false, true)]
    [InlineData("2020-01-20T24:00", false, true)]
    [InlineData("2020-01-20T18:60:00", false, false)]
    [InlineData("2020-01-20T18:35:00,5", false, true)]
    [InlineData("2020-01-20T18:35:00.", false, false)]
    [InlineData("2020-01-20T18:35:00.1234567890", false, false)]
    [InlineData("2020-01-20 18:35", false, false)]
    [InlineData("2020-01-20 18:35:00.5", false, false)]
    [InlineData("20/01/2020 18:35", false, false)]
    [InlineData("20/01/2020T18:35:00", false, false)]
    [InlineData("20/01/2020 18:35:00Z", false, false)]
    [InlineData("20x01/2020 18:35:00", false, false)]
    [InlineData("2020-01-20T18:35:00Z", false, false)]
    [InlineData("2020-01-20t18:35:00", false, false)]
    [InlineData(" 2020-01-20T18:35:00", false, true)]
    [InlineData("2020/01/20", false, false)]
    public void Local_date_times_match_the_pattern_path(string text, bool fast, bool valid)
    {
        AssertLocalDateTime(new LocalDateTimeJsonConverter(), DefaultLocalPatternTexts, text, valid);
        AssertLocalDateTime(new DayMonthYearLocalDateTimeJsonConverter(), DayMonthYearPatternTexts, text, valid: null);
        var bytes = Encoding.UTF8.GetBytes(text);
        Assert.Equal(
            fast,
            IsoUtf8Parser.TryParseIsoDateTime(bytes, seconds: true, minutes: true, out _)
            || IsoUtf8Parser.TryParseSpaceSeparatedDateTime(bytes, out _)
            || IsoUtf8Parser.TryParseDayMonthYearDateTime(bytes, out _));
    }

    [Theory]
    [InlineData("2020-01-02T18:35")]
    [InlineData("2020-01-02T18:35:00")]
    [InlineData("2020-01-02 18:35:00")]
    public void Custom_local_date_time_patterns_are_not_bypassed(string text)
    {
        // A pattern the fast path does not know comes first: it must still win; an ISO pattern after it must not
        // let the fast path read the ISO shapes.
        string[] patterns =
        [
            "uuuu'-'dd'-'MM'T'HH':'mm", "uuuu'-'dd'-'MM'T'HH':'mm':'ss", "uuuu'-'dd'-'MM HH':'mm':'ss",
            LocalDateTimeJsonConverter.IsoPattern, LocalDateTimeJsonConverter.SpaceSeparatedPattern, IsoMinutes,
        ];
        AssertLocalDateTime(new LocalDateTimeJsonConverter(patterns), patterns, text, valid: true);
        var swapped = Outcome(Json(text), (ref Utf8JsonReader r) => new LocalDateTimeJsonConverter(patterns).Read(ref r, typeof(LocalDateTime), Options));
        Assert.Equal(new LocalDate(2020, 2, 1), swapped.Value.Date);

        // Only the ISO minutes pattern: the ISO seconds shape is not accepted.
        AssertLocalDateTime(new LocalDateTimeJsonConverter(IsoMinutes), [IsoMinutes], text, valid: text.Length == 16);
    }

    [Fact]
    public void An_invalid_local_date_time_keeps_its_error_message()
    {
        var actual = Outcome(Json("2023-02-29T00:00:00"), (ref Utf8JsonReader r) => new LocalDateTimeJsonConverter().Read(ref r, typeof(LocalDateTime), Options));

        Assert.Equal(
            "Expected a local date-time 'uuuu'-'MM'-'dd'T'HH':'mm':'ss;FFFFFFFFF' or 'dd'/'MM'/'uuuu HH':'mm':'ss' or "
            + "'uuuu'-'MM'-'dd HH':'mm':'ss' or 'uuuu'-'MM'-'dd'T'HH':'mm', got '2023-02-29T00:00:00'.",
            actual.Error);
    }

    [Theory]
    [InlineData("2024-10-14T04:00:01+08:00", true, true)]
    [InlineData("2024-10-14T04:00:01Z", true, true)]
    [InlineData("2024-10-14T04:00:01+14:00", true, true)]
    [InlineData("2024-10-14T04:00:01-03:30", true, true)]
    [InlineData("2024-10-14T04:00:01+05:45", true, true)]
    [InlineData("2024-10-14T04:00:01+05:59", true, true)]
    [InlineData("2024-10-14T04:00:01+18:00", true, true)]
    [InlineData("2024-10-14T04:00:01-18:00", true, true)]
    [InlineData("2024-10-14T04:00:01+00:00", true, true)]
    [InlineData("2024-10-14T04:00:01-00:00", true, true)]
    [InlineData("2024-10-14T04:00:01+08", true, true)]
    [InlineData("2024-10-14T04:00:01-03", true, true)]
    [InlineData("2024-10-14T04:00:01.5Z", true, true)]
    [InlineData("2024-10-14T04:00:01.123456789-03:30", true, true)]
    [InlineData("2024-02-29T23:59:59+01:00", true, true)]
    [InlineData("2024-10-14T04:00+08:00", true, true)]
    [InlineData("2024-10-14T04:00Z", true, true)]
    [InlineData("2024-10-14T04:00:01+18:01", false, false)]
    [InlineData("2024-10-14T04:00:01+19:00", false, false)]
    [InlineData("2024-10-14T04:00:01+05:60", false, false)]
    [InlineData("2024-10-14T04:00:01+0800", false, false)]
    [InlineData("2024-10-14T04:00:01+08:00:00", false, true)]
    [InlineData("2024-10-14T04:00:01z", false, false)]
    [InlineData("2024-10-14T04:00:01", false, false)]
    [InlineData("2024-10-14T04:00:01.Z", false, false)]
    [InlineData("2024-10-14T04:00:01,5Z", false, true)]
    [InlineData("2023-02-29T00:00:00Z", false, false)]
    [InlineData("2024-10-14T24:00:00Z", false, true)]
    [InlineData("2024-10-14 04:00:01+08:00", false, false)]
    [InlineData("2024-10-14T+08:00", false, false)]
    public void Offset_date_times_match_the_pattern_path(string text, bool fast, bool valid)
    {
        var converter = new OffsetDateTimeJsonConverter();

        var expected = Outcome(Json(text), (ref Utf8JsonReader r) => NodaPatternReader.Read(ref r, OffsetPatterns, OffsetExpected));
        var actual = Outcome(Json(text), (ref Utf8JsonReader r) => converter.Read(ref r, typeof(OffsetDateTime), Options));

        Assert.Equal(expected, actual);
        Assert.Equal(valid, actual.Error is null);
        Assert.Equal(fast, IsoUtf8Parser.TryParseOffsetDateTime(Encoding.UTF8.GetBytes(text), minutes: true, out _));
    }

    [Fact]
    public void A_negative_offset_has_negative_hours_and_minutes()
    {
        var value = Outcome(Json("2024-10-14T04:00:01-03:30"), (ref Utf8JsonReader r) => new OffsetDateTimeJsonConverter().Read(ref r, typeof(OffsetDateTime), Options)).Value;

        Assert.Equal(Offset.FromHoursAndMinutes(-3, -30), value.Offset);
        Assert.Equal(Instant.FromUtc(2024, 10, 14, 7, 30, 1), value.ToInstant());
    }

    [Fact]
    public void An_invalid_offset_date_time_keeps_its_error_message()
    {
        var actual = Outcome(Json("2024-10-14T04:00:01+19:00"), (ref Utf8JsonReader r) => new OffsetDateTimeJsonConverter().Read(ref r, typeof(OffsetDateTime), Options));

        Assert.Equal("Expected an ISO date-time with offset 'yyyy-MM-ddTHH:mm:ss+hh:mm', got '2024-10-14T04:00:01+19:00'.", actual.Error);
    }

    [Theory]
    [InlineData("2015-12-17T19:56:03.148Z", true, true)]
    [InlineData("2015-12-17T19:56:03Z", true, true)]
    [InlineData("2015-12-17T19:56:03.123456789Z", true, true)]
    [InlineData("2024-02-29T23:59:59Z", true, true)]
    [InlineData("2015-12-17T19:56:03+02:00", true, true)]
    [InlineData("2015-12-17T19:56:03.5-03:30", true, true)]
    [InlineData("2015-12-17T19:56:03+14:00", true, true)]
    [InlineData("2015-12-17T19:56Z", false, false)]
    [InlineData("2015-12-17T19:56+02:00", false, false)]
    [InlineData("2023-02-29T00:00:00Z", false, false)]
    [InlineData("2015-12-17T24:00:00Z", false, true)]
    [InlineData("2015-12-17T19:56:03", false, false)]
    [InlineData("yesterday", false, false)]
    public void Instants_match_the_pattern_path(string text, bool fast, bool valid)
    {
        var converter = new InstantJsonConverter();

        var expected = Outcome(Json(text), (ref Utf8JsonReader r) => NodaPatternReader.Read(ref r, InstantPatterns, InstantExpected));
        var actual = Outcome(Json(text), (ref Utf8JsonReader r) => converter.Read(ref r, typeof(Instant), Options));

        Assert.Equal(expected, actual);
        Assert.Equal(valid, actual.Error is null);
        Assert.Equal(fast, IsoUtf8Parser.TryParseOffsetDateTime(Encoding.UTF8.GetBytes(text), minutes: false, out _));
    }

    [Fact]
    public void Escaped_strings_are_unescaped_into_scratch_and_read_like_plain_ones()
    {
        Assert.Equal(new LocalDate(2024, 1, 2), ReadEscaped("\"2024\\u002D01\\u002D02\"", new LocalDateJsonConverter()));
        Assert.Equal(new LocalTime(12, 34), ReadEscaped("\"12\\u003A34\"", new LocalTimeJsonConverter()));
        Assert.Equal(new LocalDateTime(2020, 1, 20, 18, 35, 0), ReadEscaped("\"20\\/01\\/2020 18:35:00\"", new LocalDateTimeJsonConverter()));
        Assert.Equal(
            new OffsetDateTime(new LocalDateTime(2024, 10, 14, 4, 0, 1), Offset.FromHours(8)),
            ReadEscaped("\"2024-10-14T04:00:01\\u002B08:00\"", new OffsetDateTimeJsonConverter()));
        Assert.Equal(Instant.FromUtc(2015, 12, 17, 19, 56, 3), ReadEscaped("\"2015-12-17T19:56:03\\u005A\"", new InstantJsonConverter()));

        var error = Assert.Throws<JsonException>(() => ReadEscaped("\"2023\\u002D02\\u002D29\"", new LocalDateJsonConverter()));
        Assert.Equal("Expected a date 'yyyy-MM-dd', got '2023-02-29'.", error.Message);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(8)]
    [InlineData(15)]
    public void Strings_split_across_segments_are_copied_into_scratch_and_read_like_plain_ones(int split)
    {
        Assert.Equal(new LocalDate(2024, 1, 2), ReadSplit("\"2024-01-02\"", split, new LocalDateJsonConverter()));
        Assert.Equal(new LocalTime(12, 34, 56), ReadSplit("\"12:34:56\"", split, new LocalTimeJsonConverter()));
        Assert.Equal(new LocalDateTime(2020, 1, 20, 18, 35, 0), ReadSplit("\"20/01/2020 18:35:00\"", split, new DayMonthYearLocalDateTimeJsonConverter()));
        Assert.Equal(
            new OffsetDateTime(new LocalDateTime(2024, 10, 14, 4, 0, 1), Offset.FromHoursAndMinutes(-3, -30)),
            ReadSplit("\"2024-10-14T04:00:01-03:30\"", split, new OffsetDateTimeJsonConverter()));
        Assert.Equal(Instant.FromUtc(2015, 12, 17, 19, 56, 3).PlusNanoseconds(148_000_000), ReadSplit("\"2015-12-17T19:56:03.148Z\"", split, new InstantJsonConverter()));

        var error = Assert.Throws<JsonException>(() => ReadSplit("\"2023-02-29\"", split, new LocalDateJsonConverter()));
        Assert.Equal("Expected a date 'yyyy-MM-dd', got '2023-02-29'.", error.Message);
    }

    [Fact]
    public void Fast_path_shapes_allocate_nothing()
    {
        Assert.Equal(0, AllocatedBytes("\"2024-02-29\"", new LocalDateJsonConverter()));
        Assert.Equal(0, AllocatedBytes("\"2024-02-29T23:59:59\"", new LocalDateJsonConverter()));
        Assert.Equal(0, AllocatedBytes("\"23:59\"", new LocalTimeJsonConverter()));
        Assert.Equal(0, AllocatedBytes("\"23:59:59.123\"", new LocalTimeJsonConverter()));
        Assert.Equal(0, AllocatedBytes("\"2020-01-20T18:35:00.5\"", new LocalDateTimeJsonConverter()));
        Assert.Equal(0, AllocatedBytes("\"2020-01-20T18:35\"", new LocalDateTimeJsonConverter()));
        Assert.Equal(0, AllocatedBytes("\"2020-01-20 18:35:00\"", new LocalDateTimeJsonConverter()));
        Assert.Equal(0, AllocatedBytes("\"20/01/2020 18:35:00\"", new DayMonthYearLocalDateTimeJsonConverter()));
        Assert.Equal(0, AllocatedBytes("\"2024-10-14T04:00:01+08:00\"", new OffsetDateTimeJsonConverter()));
        Assert.Equal(0, AllocatedBytes("\"2024-10-14T04:00:01-03:30\"", new OffsetDateTimeJsonConverter()));
        Assert.Equal(0, AllocatedBytes("\"2024-10-14T04:00Z\"", new OffsetDateTimeJsonConverter()));
        Assert.Equal(0, AllocatedBytes("\"2015-12-17T19:56:03.148Z\"", new InstantJsonConverter()));
        Assert.Equal(0, AllocatedBytes("\"2015-12-17T19:56:03+02:00\"", new InstantJsonConverter()));
    }

    [Fact]
    public void A_converter_with_only_one_of_the_iso_patterns_still_reads_it_on_the_fast_path()
    {
        Assert.Equal(0, AllocatedBytes("\"2020-01-20T18:35:00\"", new LocalDateTimeJsonConverter(LocalDateTimeJsonConverter.IsoPattern)));
        Assert.Equal(0, AllocatedBytes("\"2020-01-20T18:35\"", new LocalDateTimeJsonConverter(IsoMinutes)));
    }

    [Fact]
    public void Escaped_fast_path_shapes_allocate_nothing()
    {
        // Serializers with the default encoder write '+' as \u002B: the CargoAi offsets arrive like this.
        Assert.Equal(0, AllocatedBytes("\"2024-10-14T04:00:01\\u002B08:00\"", new OffsetDateTimeJsonConverter()));
        Assert.Equal(0, AllocatedBytes("\"2024\\u002D02\\u002D29\"", new LocalDateJsonConverter()));
    }

    [Fact]
    public void A_value_longer_than_the_scratch_is_read_through_the_pattern_path()
    {
        var escaped = "\"" + string.Concat("2024-10-14T04:00:01+08:00".Select(c => $"\\u{(int)c:X4}")) + "\"";
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(escaped));
        Assert.True(reader.Read());
        Assert.False(IsoUtf8Parser.TryGetUtf8(in reader, stackalloc byte[IsoUtf8Parser.ScratchLength], out _));
        Assert.Equal(
            new OffsetDateTime(new LocalDateTime(2024, 10, 14, 4, 0, 1), Offset.FromHours(8)),
            new OffsetDateTimeJsonConverter().Read(ref reader, typeof(OffsetDateTime), Options));
    }

    [Theory]
    [InlineData("123")]
    [InlineData("null")]
    [InlineData("true")]
    public void Only_a_string_token_gives_its_bytes(string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        Assert.True(reader.Read());

        Assert.False(IsoUtf8Parser.TryGetUtf8(in reader, stackalloc byte[IsoUtf8Parser.ScratchLength], out _));
    }

    [Fact]
    public void A_plain_string_is_read_in_place_at_any_length()
    {
        var text = new string('7', IsoUtf8Parser.ScratchLength * 2);
        var reader = new Utf8JsonReader(Json(text));
        Assert.True(reader.Read());
        Span<byte> scratch = stackalloc byte[IsoUtf8Parser.ScratchLength];
        scratch.Clear();

        Assert.True(IsoUtf8Parser.TryGetUtf8(in reader, scratch, out var utf8));

        Assert.Equal(text, Encoding.UTF8.GetString(utf8));
        Assert.True(scratch.IndexOfAnyExcept((byte)0) < 0);
    }

    [Fact]
    public void An_escaped_string_exactly_as_long_as_the_scratch_is_copied_into_it()
    {
        // 64 raw bytes between the quotes: one 6-byte escape and 58 letters.
        var raw = "\\u0041" + new string('b', IsoUtf8Parser.ScratchLength - 6);
        var reader = new Utf8JsonReader(Json(raw));
        Assert.True(reader.Read());
        Assert.Equal(IsoUtf8Parser.ScratchLength, reader.ValueSpan.Length);

        Assert.True(IsoUtf8Parser.TryGetUtf8(in reader, stackalloc byte[IsoUtf8Parser.ScratchLength], out var utf8));

        Assert.Equal("A" + new string('b', IsoUtf8Parser.ScratchLength - 6), Encoding.UTF8.GetString(utf8));
    }

    [Fact]
    public void A_string_split_across_segments_longer_than_the_scratch_is_left_to_the_pattern_path()
    {
        var bytes = Json(new string('7', IsoUtf8Parser.ScratchLength + 1));
        var first = new Segment(bytes.AsMemory(0, 10));
        var last = first.Append(bytes.AsMemory(10));
        var reader = new Utf8JsonReader(new ReadOnlySequence<byte>(first, 0, last, last.Memory.Length));
        Assert.True(reader.Read());
        Assert.True(reader.HasValueSequence);

        Assert.False(IsoUtf8Parser.TryGetUtf8(in reader, stackalloc byte[IsoUtf8Parser.ScratchLength], out _));
    }

    [Fact]
    public void The_fallback_still_allocates_which_shows_the_measure_works()
    {
        // Surrounding whitespace is the fallback's (it trims); the fast path does not match it.
        Assert.NotEqual(0, AllocatedBytes("\" 23:59\"", new LocalTimeJsonConverter()));
    }

    private static void AssertLocalDateTime(JsonConverter<LocalDateTime> converter, string[] patternTexts, string text, bool? valid)
    {
        var patterns = patternTexts.Select(p => (IPattern<LocalDateTime>)LocalDateTimePattern.CreateWithInvariantCulture(p)).ToArray();
        var description = $"a local date-time '{string.Join("' or '", patternTexts)}'";

        var expected = Outcome(Json(text), (ref Utf8JsonReader r) => NodaPatternReader.Read(ref r, patterns, description));
        var actual = Outcome(Json(text), (ref Utf8JsonReader r) => converter.Read(ref r, typeof(LocalDateTime), Options));

        Assert.Equal(expected, actual);
        if (valid is { } v)
        {
            Assert.Equal(v, actual.Error is null);
        }
    }

    private static byte[] Json(string text) => Encoding.UTF8.GetBytes($"\"{text}\"");

    private static (T Value, string? Error) Outcome<T>(byte[] json, ReadValue<T> read)
    {
        var reader = new Utf8JsonReader(json);
        Assert.True(reader.Read());
        try
        {
            return (read(ref reader), null);
        }
        catch (JsonException ex)
        {
            return (default!, ex.Message);
        }
    }

    private static T ReadEscaped<T>(string json, JsonConverter<T> converter)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        Assert.True(reader.Read());
        Assert.True(reader.ValueIsEscaped);
        Assert.True(IsoUtf8Parser.TryGetUtf8(in reader, stackalloc byte[IsoUtf8Parser.ScratchLength], out _));
        return converter.Read(ref reader, typeof(T), Options)!;
    }

    private static T ReadSplit<T>(string json, int split, JsonConverter<T> converter)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        split = Math.Min(split, bytes.Length - 2);
        var first = new Segment(bytes.AsMemory(0, split));
        var last = first.Append(bytes.AsMemory(split));
        var reader = new Utf8JsonReader(new ReadOnlySequence<byte>(first, 0, last, last.Memory.Length));
        Assert.True(reader.Read());
        Assert.True(reader.HasValueSequence);
        Assert.True(IsoUtf8Parser.TryGetUtf8(in reader, stackalloc byte[IsoUtf8Parser.ScratchLength], out _));
        return converter.Read(ref reader, typeof(T), Options)!;
    }

    private static long AllocatedBytes<T>(string json, JsonConverter<T> converter)
    {
        var start = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        Assert.True(start.Read());
        for (var i = 0; i < 100; i++)
        {
            var warm = start;
            converter.Read(ref warm, typeof(T), Options);
        }

        // The least of three rounds: a one-off allocation of the runtime on this thread (the converter tiered up in the
        // middle of a round on a loaded machine) lands in one round, while the fast path's own allocation recurs in each.
        var least = long.MaxValue;
        for (var round = 0; round < 3; round++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < 1000; i++)
            {
                var reader = start;
                converter.Read(ref reader, typeof(T), Options);
            }

            least = Math.Min(least, GC.GetAllocatedBytesForCurrentThread() - before);
        }

        return least;
    }

    private sealed class Segment : ReadOnlySequenceSegment<byte>
    {
        public Segment(ReadOnlyMemory<byte> memory) => Memory = memory;

        public Segment Append(ReadOnlyMemory<byte> memory)
        {
            var next = new Segment(memory) { RunningIndex = RunningIndex + Memory.Length };
            Next = next;
            return next;
        }
    }

    private sealed class OffsetAsInstant : IPattern<Instant>
    {
        public ParseResult<Instant> Parse(string text) => OffsetDateTimePattern.ExtendedIso.Parse(text).Convert(o => o.ToInstant());

        public string Format(Instant value) => InstantPattern.ExtendedIso.Format(value);

        public StringBuilder AppendFormat(Instant value, StringBuilder builder) => InstantPattern.ExtendedIso.AppendFormat(value, builder);
    }
}
