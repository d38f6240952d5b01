using System.Text.Json;
using NodaTime;

namespace AviationApis.Core.Json;

/// <summary>
/// Allocation-free fast paths of the NodaTime converters: parse the common fixed shapes (<c>yyyy-MM-dd</c>,
/// <c>HH:mm[:ss[.fffffffff]]</c>, ISO date-times with or without offset, <c>dd/MM/yyyy HH:mm:ss</c>) directly from the
/// UTF-8 bytes of a JSON string. Each method only accepts what the matching NodaTime pattern accepts with the same
/// result, and returns <see langword="false"/> for anything else (other shapes, out-of-range fields, ',' as decimal
/// separator, hour 24, surrounding whitespace) so the caller falls back to <see cref="NodaPatternReader"/>, which
/// keeps the behaviour and the error messages.
/// </summary>
internal static class IsoUtf8Parser
{
    private const int MaxOffsetSeconds = 18 * 3600;

    /// <summary>The scratch size callers stack-allocate: the longest fast-path shape with a few escapes fits.</summary>
    public const int ScratchLength = 64;

    /// <summary>
    /// The UTF-8 bytes of a string token: in place when the token is one unescaped segment; otherwise (escaped, as
    /// serializers write <c>+</c> as <c>\u002B</c>, or split across segments) unescaped into
    /// <paramref name="scratch"/> when its raw length fits. <see langword="false"/> for other tokens and longer values,
    /// which the caller reads through <see cref="NodaPatternReader"/>.
    /// </summary>
    /// <param name="reader">The reader, on the token.</param>
    /// <param name="scratch">Caller-owned space for an unescaped copy (<see cref="ScratchLength"/> bytes).</param>
    /// <param name="utf8">The string's bytes.</param>
    /// <returns>Whether <paramref name="utf8"/> holds the string.</returns>
    public static bool TryGetUtf8(in Utf8JsonReader reader, Span<byte> scratch, out ReadOnlySpan<byte> utf8)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            utf8 = default;
            return false;
        }

        if (!reader.HasValueSequence && !reader.ValueIsEscaped)
        {
            utf8 = reader.ValueSpan;
            return true;
        }

        // The raw (escaped) length bounds the unescaped one, so CopyString cannot overflow the scratch.
        var rawLength = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        if (rawLength > scratch.Length)
        {
            utf8 = default;
            return false;
        }

        utf8 = scratch[..reader.CopyString(scratch)];
        return true;
    }

    /// <summary>Exactly <c>yyyy-MM-dd</c> (<see cref="NodaTime.Text.LocalDatePattern.Iso"/>).</summary>
    public static bool TryParseDate(ReadOnlySpan<byte> utf8, out LocalDate date)
    {
        if (utf8.Length == 10 && TryReadDate(utf8, out date))
        {
            return true;
        }

        date = default;
        return false;
    }

    /// <summary>Exactly <c>HH:mm</c>, <c>HH:mm:ss</c> or <c>HH:mm:ss.F</c> with 1 to 9 fraction digits.</summary>
    public static bool TryParseTime(ReadOnlySpan<byte> utf8, out LocalTime time) =>
        TryReadTime(utf8, out time, out var length) && length == utf8.Length;

    /// <summary>
    /// ISO <c>yyyy-MM-ddTHH:mm:ss[.F]</c> when <paramref name="seconds"/>, <c>yyyy-MM-ddTHH:mm</c> when
    /// <paramref name="minutes"/>.
    /// </summary>
    public static bool TryParseIsoDateTime(ReadOnlySpan<byte> utf8, bool seconds, bool minutes, out LocalDateTime value)
    {
        if (utf8.Length >= 16 && utf8[10] == (byte)'T' && TryReadDate(utf8, out var date)
            && TryReadTime(utf8[11..], out var time, out var length) && 11 + length == utf8.Length
            && (length == 5 ? minutes : seconds))
        {
            value = date.At(time);
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>Exactly <c>yyyy-MM-dd HH:mm:ss</c>.</summary>
    public static bool TryParseSpaceSeparatedDateTime(ReadOnlySpan<byte> utf8, out LocalDateTime value)
    {
        if (utf8.Length == 19 && utf8[10] == (byte)' ' && TryReadDate(utf8, out var date)
            && TryReadTime(utf8[11..], out var time, out var length) && length == 8)
        {
            value = date.At(time);
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>Exactly <c>dd/MM/yyyy HH:mm:ss</c>.</summary>
    public static bool TryParseDayMonthYearDateTime(ReadOnlySpan<byte> utf8, out LocalDateTime value)
    {
        if (utf8.Length == 19 && utf8[2] == (byte)'/' && utf8[5] == (byte)'/' && utf8[10] == (byte)' '
            && TryReadDigits2(utf8, 0, out var day) && TryReadDigits2(utf8, 3, out var month)
            && TryReadDigits4(utf8, 6, out var year) && IsValidDate(year, month, day)
            && TryReadTime(utf8[11..], out var time, out var length) && length == 8)
        {
            value = new LocalDate(year, month, day).At(time);
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>
    /// ISO with offset: <c>yyyy-MM-ddTHH:mm:ss[.F]</c>, or <c>yyyy-MM-ddTHH:mm</c> when <paramref name="minutes"/>,
    /// followed by <c>Z</c>, <c>+hh</c> or <c>+hh:mm</c> (either sign) within ±18:00.
    /// </summary>
    public static bool TryParseOffsetDateTime(ReadOnlySpan<byte> utf8, bool minutes, out OffsetDateTime value)
    {
        if (utf8.Length >= 17 && utf8[10] == (byte)'T' && TryReadDate(utf8, out var date)
            && TryReadTime(utf8[11..], out var time, out var length) && (length != 5 || minutes)
            && TryParseOffset(utf8[(11 + length)..], out var offset))
        {
            value = new OffsetDateTime(date.At(time), offset);
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>Reads <c>yyyy-MM-dd</c> at the start of <paramref name="utf8"/> (at least 10 bytes long).</summary>
    private static bool TryReadDate(ReadOnlySpan<byte> utf8, out LocalDate date)
    {
        if (utf8[4] == (byte)'-' && utf8[7] == (byte)'-'
            && TryReadDigits4(utf8, 0, out var year) && TryReadDigits2(utf8, 5, out var month)
            && TryReadDigits2(utf8, 8, out var day) && IsValidDate(year, month, day))
        {
            date = new LocalDate(year, month, day);
            return true;
        }

        date = default;
        return false;
    }

    /// <summary>
    /// Reads <c>HH:mm</c>, then <c>:ss</c> if present, then <c>.F</c> (1 to 9 digits) if present, at the start of
    /// <paramref name="utf8"/>; <paramref name="length"/> is the number of bytes read (5, 8 or 10 to 18).
    /// </summary>
    private static bool TryReadTime(ReadOnlySpan<byte> utf8, out LocalTime time, out int length)
    {
        time = default;
        length = 0;
        if (utf8.Length < 5 || utf8[2] != (byte)':'
            || !TryReadDigits2(utf8, 0, out var hour) || hour > 23
            || !TryReadDigits2(utf8, 3, out var minute) || minute > 59)
        {
            return false;
        }

        var second = 0;
        var nanosecond = 0;
        length = 5;
        if (utf8.Length >= 8 && utf8[5] == (byte)':')
        {
            if (!TryReadDigits2(utf8, 6, out second) || second > 59)
            {
                return false;
            }

            length = 8;
            if (utf8.Length > 9 && utf8[8] == (byte)'.' && IsDigit(utf8[9]))
            {
                var scale = 100_000_000;
                length = 9;
                while (length < utf8.Length && length < 18 && IsDigit(utf8[length]))
                {
                    nanosecond += (utf8[length] - '0') * scale;
                    scale /= 10;
                    length++;
                }
            }
        }

        time = LocalTime.FromHourMinuteSecondNanosecond(hour, minute, second, nanosecond);
        return true;
    }

    /// <summary>Exactly <c>Z</c>, <c>+hh</c> or <c>+hh:mm</c> (or <c>-</c>) within ±18:00.</summary>
    private static bool TryParseOffset(ReadOnlySpan<byte> utf8, out Offset offset)
    {
        offset = Offset.Zero;
        if (utf8.Length == 1)
        {
            return utf8[0] == (byte)'Z';
        }

        if ((utf8.Length != 3 && utf8.Length != 6) || (utf8[0] != (byte)'+' && utf8[0] != (byte)'-')
            || !TryReadDigits2(utf8, 1, out var hours))
        {
            return false;
        }

        var minutes = 0;
        if (utf8.Length == 6 && (utf8[3] != (byte)':' || !TryReadDigits2(utf8, 4, out minutes) || minutes > 59))
        {
            return false;
        }

        var seconds = (hours * 3600) + (minutes * 60);
        if (seconds > MaxOffsetSeconds)
        {
            return false;
        }

        offset = Offset.FromSeconds(utf8[0] == (byte)'-' ? -seconds : seconds);
        return true;
    }

    private static bool IsValidDate(int year, int month, int day) =>
        month is >= 1 and <= 12 && day >= 1 && day <= CalendarSystem.Iso.GetDaysInMonth(year, month);

    private static bool TryReadDigits2(ReadOnlySpan<byte> utf8, int start, out int value)
    {
        if (IsDigit(utf8[start]) && IsDigit(utf8[start + 1]))
        {
            value = ((utf8[start] - '0') * 10) + (utf8[start + 1] - '0');
            return true;
        }

        value = 0;
        return false;
    }

    private static bool TryReadDigits4(ReadOnlySpan<byte> utf8, int start, out int value)
    {
        if (TryReadDigits2(utf8, start, out var high) && TryReadDigits2(utf8, start + 2, out var low))
        {
            value = (high * 100) + low;
            return true;
        }

        value = 0;
        return false;
    }

    private static bool IsDigit(byte b) => b is >= (byte)'0' and <= (byte)'9';
}
