using System.Net;
using System.Text;
using System.Text.Json;
using AviationApis.Core.Errors;
using AviationApis.Core.Http;
using AviationApis.Core.Json;
using NodaTime;

namespace AviationApis.Core.Tests.Json;

/// <summary>
/// Issue 16: vendor text is decoded leniently (invalid UTF-8 and lone surrogates become U+FFFD, never an exception);
/// an instant beyond NodaTime's range is a typed error naming the field; a date is read from its unescaped text.
/// </summary>
public sealed class VendorTextTests
{
    [Theory]
    [InlineData(new byte[] { (byte)'"', (byte)'i', (byte)'n', (byte)'v', 0xE1, (byte)'l', (byte)'"' }, "inv\uFFFDl")]
    [InlineData(new byte[] { (byte)'"', 0xFF, 0xC3, 0x28, (byte)'"' }, "\uFFFD\uFFFD(")]
    [InlineData(new byte[] { (byte)'"', 0xED, 0xA0, 0x80, (byte)'"' }, "\uFFFD\uFFFD\uFFFD")]
    public void Invalid_utf8_becomes_the_replacement_character(byte[] json, string expected)
    {
        using var document = JsonDocument.Parse(json);
        Assert.Throws<InvalidOperationException>(() => document.RootElement.GetString());

        Assert.Equal(expected, LenientJsonText.GetString(document.RootElement));
    }

    [Theory]
    [InlineData("\"a\\uD800b\"", "a\uFFFDb")]
    [InlineData("\"\\uDC00\"", "\uFFFD")]
    [InlineData("\"x\\uD800\\uD800\\uDC00\"", "x\uFFFD\U00010000")]
    [InlineData("\"\\uD83D\\u0041 \\n\\t\\\"\\\\\\/\\b\\f\\r\"", "\uFFFDA \n\t\"\\/\b\f\r")]
    [InlineData("\"\\uDBFF\"", "\uFFFD")]
    public void An_escaped_lone_surrogate_becomes_the_replacement_character(string json, string expected)
    {
        using var document = JsonDocument.Parse(json);
        Assert.Throws<InvalidOperationException>(() => document.RootElement.GetString());

        Assert.Equal(expected, LenientJsonText.GetString(document.RootElement));
    }

    [Fact]
    public void Invalid_utf8_and_a_lone_surrogate_in_one_string_are_both_replaced()
    {
        using var document = JsonDocument.Parse((byte[])[.. "\"caf"u8, 0xE9, .. " \\uD800!\""u8]);

        Assert.Equal("caf\uFFFD \uFFFD!", LenientJsonText.GetString(document.RootElement));
    }

    [Fact]
    public void Valid_text_is_read_as_GetString_reads_it_and_other_kinds_are_null()
    {
        using var document = JsonDocument.Parse("""{"a":"Servi\u00e7o \uD83D\uDE00 n\u00e3o","n":42,"o":{}}""");

        Assert.Equal("Servi\u00E7o \U0001F600 n\u00E3o", LenientJsonText.GetString(document.RootElement.GetProperty("a")));
        Assert.Null(LenientJsonText.GetString(document.RootElement.GetProperty("n")));
        Assert.Null(LenientJsonText.GetString(document.RootElement.GetProperty("o")));
    }

    [Fact]
    public void Member_names_and_raw_text_are_read_leniently()
    {
        using var document = JsonDocument.Parse((byte[])[.. "{\"M"u8, 0xE9, .. "ssage\":\"x"u8, 0xFF, .. "\",\"\\uD800\":1}"u8]);
        var members = document.RootElement.EnumerateObject().ToArray();

        Assert.Equal("M\uFFFDssage", LenientJsonText.Name(members[0]));
        Assert.Equal("\uFFFD", LenientJsonText.Name(members[1]));
        Assert.Equal("{\"M\uFFFDssage\":\"x\uFFFD\",\"\\uD800\":1}", LenientJsonText.GetRawText(document.RootElement));
    }

    [Theory]
    [InlineData("\"\"", "")]
    [InlineData("\"\"\"", "\"")]
    [InlineData("\"", "\"")]
    [InlineData("ab\"", "ab\"")]
    [InlineData("\"ab", "\"ab")]
    public void Only_a_pair_of_enclosing_quotes_is_taken_off(string raw, string expected) =>
        Assert.Equal(expected, LenientJsonText.Decode(Encoding.UTF8.GetBytes(raw)));

    [Theory]
    [InlineData("\\u12", "\\u12")]
    [InlineData("\\u123", "\\u123")]
    [InlineData("\\uZZZZ", "\\uZZZZ")]
    [InlineData("end\\", "end\\")]
    [InlineData("\\q", "\\q")]
    public void A_broken_escape_is_kept_as_written(string raw, string expected) =>
        Assert.Equal(expected, LenientJsonText.Decode(Encoding.UTF8.GetBytes(raw)));

    [Theory]
    [InlineData("9999-12-31T23:59:59-01:00")]
    [InlineData("9999-12-31T23:00:00-18:00")]
    [InlineData("-9998-01-01T00:00:00+01:00")]
    public void An_instant_beyond_the_range_is_a_json_exception_not_an_overflow(string text)
    {
        var options = new JsonSerializerOptions { Converters = { new InstantJsonConverter() } };

        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Instant>("\"" + text + "\"", options));

        Assert.Contains("range", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_last_instant_in_range_with_an_offset_is_read()
    {
        var options = new JsonSerializerOptions { Converters = { new InstantJsonConverter() } };

        Assert.Equal(Instant.FromUtc(9999, 12, 31, 23, 59, 59), JsonSerializer.Deserialize<Instant>("\"9999-12-31T23:59:59Z\"", options));
        Assert.Equal(Instant.FromUtc(9999, 12, 31, 23, 59, 59), JsonSerializer.Deserialize<Instant>("\"9999-12-31T23:59:59+00:00\"", options));
    }

    [Fact]
    public async Task An_instant_beyond_the_range_in_a_response_is_an_invalid_response_naming_the_field()
    {
        using var response = Response("""{"date":"2026-01-19","sent":"9999-12-31T23:59:59-01:00"}""");

        var error = await Assert.ThrowsAsync<InvalidResponseException>(() => ApiResponses.ReadJsonAsync(response, TestJsonContext.Camel.Schedule, null, default));

        Assert.Contains("$.sent", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"\\u0032024-01-01T10:00:00\"", "\"2024-01-01T10:00:00\"")]
    [InlineData("\"2024-01-01\\u005410:00:00\"", "\"2024-01-01T10:00:00\"")]
    [InlineData("\"2024-01-01\\u002010:00:00\"", "\"2024-01-01 10:00:00\"")]
    [InlineData("\"\\u0032024-01-01\"", "\"2024-01-01\"")]
    public void A_date_is_read_from_its_unescaped_text_as_its_unescaped_twin(string escaped, string twin)
    {
        var options = new JsonSerializerOptions { Converters = { new LocalDateJsonConverter() } };

        Assert.Equal(JsonSerializer.Deserialize<LocalDate>(twin, options), JsonSerializer.Deserialize<LocalDate>(escaped, options));
    }

    [Fact]
    public void A_long_escaped_date_time_is_read_as_its_twin()
    {
        var options = new JsonSerializerOptions { Converters = { new LocalDateJsonConverter() } };
        var escaped = "\"" + string.Concat("2024-01-01T10:00:00.123".Select(c => $"\\u{(int)c:x4}")) + "\"";

        Assert.Equal(new LocalDate(2024, 1, 1), JsonSerializer.Deserialize<LocalDate>(escaped, options));
    }

    private static HttpResponseMessage Response(string body)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "https://x.test/").SetOperation(new ApiOperation("Test.Get", Idempotency.Idempotent));
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body), RequestMessage = request };
    }
}
