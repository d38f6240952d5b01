using System.Text;
using System.Text.Json;
using AviationApis.Core.Json;
using NodaTime;

namespace AviationApis.Core.Tests.Json;

public sealed class ConverterTests
{
    private static Schedule Read(string json) => JsonSerializer.Deserialize(json, TestJsonContext.Camel.Schedule)!;

    [Fact]
    public void Reads_every_vendor_format()
    {
        var s = Read("""
            {
              "date": "2015-05-19", "time": "23:57", "local": "20/01/2020 18:35:00",
              "created": "2024-10-14T04:00:01+08:00", "sent": "2015-12-17T19:56:03.148Z",
              "id": 379, "solutionId": "17", "status": "AwatingPayment",
              "sortingFlightKey": "abc", // a comment
            }
            """);

        Assert.Equal(new LocalDate(2015, 5, 19), s.Date);
        Assert.Equal(new LocalTime(23, 57), s.Time);
        Assert.Equal(new LocalDateTime(2020, 1, 20, 18, 35, 0), s.Local);
        Assert.Equal(new OffsetDateTime(new LocalDateTime(2024, 10, 14, 4, 0, 1), Offset.FromHours(8)), s.Created);
        Assert.Equal(Instant.FromUtc(2015, 12, 17, 19, 56, 3).PlusNanoseconds(148_000_000), s.Sent);
        Assert.Equal("379", s.Id);
        Assert.Equal(17, s.SolutionId);
        Assert.Equal("AwatingPayment", s.Status.Value);
        Assert.False(s.Status.IsKnown);
        Assert.Equal("abc", s.AdditionalProperties!["sortingFlightKey"].GetString());
    }

    [Theory]
    [InlineData("2020-01-20T18:35:00")]
    [InlineData("2020-01-20 18:35:00")]
    [InlineData("20/01/2020 18:35:00")]
    [InlineData("2020-01-20T18:35")]
    public void Local_date_times_accept_the_configured_patterns_without_time_zone_conversion(string text)
    {
        var s = Read($"{{\"date\":\"2020-01-20\",\"local\":\"{text}\"}}");

        Assert.Equal(new LocalDateTime(2020, 1, 20, 18, 35, 0), s.Local);
    }

    [Theory]
    [InlineData("{\"date\":\"19/05/2015\"}", "a date 'yyyy-MM-dd'")]
    [InlineData("{\"date\":20150519}", "a date 'yyyy-MM-dd' as a string")]
    [InlineData("{\"date\":\"2015-05-19\",\"time\":\"25:99\"}", "a time 'HH:mm'")]
    [InlineData("{\"date\":\"2015-05-19\",\"created\":\"2024-10-14T04:00:01\"}", "with offset")]
    [InlineData("{\"date\":\"2015-05-19\",\"sent\":\"yesterday\"}", "UTC timestamp")]
    [InlineData("{\"date\":\"2015-05-19\",\"local\":\"2020/01/20\"}", "local date-time")]
    [InlineData("{\"date\":\"2015-05-19\",\"id\":{}}", "number or string")]
    public void Bad_values_fail_with_a_json_exception_naming_the_expected_format(string json, string expected)
    {
        var ex = Assert.Throws<JsonException>(() => Read(json));

        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Writes_the_canonical_formats()
    {
        var json = JsonSerializer.Serialize(new Schedule
        {
            Date = new LocalDate(2015, 5, 19),
            Time = new LocalTime(23, 57),
            Local = new LocalDateTime(2020, 1, 20, 18, 35, 0),
            Created = new OffsetDateTime(new LocalDateTime(2024, 10, 14, 4, 0, 1), Offset.FromHours(8)),
            Sent = Instant.FromUtc(2015, 12, 17, 19, 56, 3),
            Id = "379",
            Status = Status.Confirmed,
        }, TestJsonContext.Camel.Schedule);

        Assert.Contains("\"date\":\"2015-05-19\"", json, StringComparison.Ordinal);
        Assert.Contains("\"time\":\"23:57\"", json, StringComparison.Ordinal);
        Assert.Contains("\"local\":\"2020-01-20T18:35:00\"", json, StringComparison.Ordinal);
        Assert.True(json.Contains("\"created\":\"2024-10-14T04:00:01+08:00\"", StringComparison.Ordinal), json);
        Console.WriteLine(json);
        Assert.Contains("\"sent\":\"2015-12-17T19:56:03.000Z\"", json, StringComparison.Ordinal);
        Assert.Contains("\"id\":\"379\"", json, StringComparison.Ordinal);
        Assert.Contains("\"status\":\"Confirmed\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("solutionId", json, StringComparison.Ordinal);
    }

    [Fact]
    public void A_custom_local_date_time_pattern_is_used_for_writing()
    {
        var options = new JsonSerializerOptions { Converters = { new DayMonthYearLocalDateTimeJsonConverter() }, TypeInfoResolver = TestJsonContext.Default };
        var converter = new LocalDateTimeJsonConverter("dd'/'MM'/'uuuu HH':'mm':'ss");
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            converter.Write(writer, new LocalDateTime(2020, 1, 20, 18, 35, 0), options);
        }

        Assert.Equal("\"20/01/2020 18:35:00\"", Encoding.UTF8.GetString(stream.ToArray()));
    }

    [Fact]
    public void Unknown_enum_values_and_members_never_break_reading()
    {
        var s = Read("{\"date\":\"2015-05-19\",\"status\":\"SomethingNew\",\"brandNew\":{\"nested\":[1,2]}}");

        Assert.Equal("SomethingNew", s.Status.Value);
        Assert.True(s.AdditionalProperties!.ContainsKey("brandNew"));
    }
}
