using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using AviationApis.Core.Json;
using NodaTime;

namespace AviationApis.Core.Tests.Json;

public sealed class ConverterArgumentAndWritingTests
{
    private static readonly JsonSerializerOptions Options = AviationJsonOptions.Create(null);

    [Fact]
    public void The_shared_options_are_lenient_and_carry_every_noda_converter()
    {
        var options = AviationJsonOptions.Create(JsonNamingPolicy.CamelCase);

        Assert.True(options.AllowTrailingCommas);
        Assert.True(options.PropertyNameCaseInsensitive);
        Assert.Equal(AviationJsonOptions.MaxDepth, options.MaxDepth);
        Assert.Same(JsonNamingPolicy.CamelCase, options.PropertyNamingPolicy);
        Assert.Equal(
            [typeof(LocalDateJsonConverter), typeof(LocalTimeJsonConverter), typeof(LocalDateTimeJsonConverter), typeof(OffsetDateTimeJsonConverter), typeof(InstantJsonConverter)],
            options.Converters.Select(c => c.GetType()));
    }

    [Fact]
    public void Every_writer_needs_a_writer()
    {
        Assert.Equal("writer", Assert.Throws<ArgumentNullException>(() => new LocalDateJsonConverter().Write(null!, new LocalDate(2024, 1, 2), Options)).ParamName);
        Assert.Equal("writer", Assert.Throws<ArgumentNullException>(() => new LocalTimeJsonConverter().Write(null!, new LocalTime(10, 30), Options)).ParamName);
        Assert.Equal("writer", Assert.Throws<ArgumentNullException>(() => new LocalDateTimeJsonConverter().Write(null!, new LocalDateTime(2024, 1, 2, 10, 30), Options)).ParamName);
        Assert.Equal("writer", Assert.Throws<ArgumentNullException>(() => new OffsetDateTimeJsonConverter().Write(null!, new OffsetDateTime(new LocalDateTime(2024, 1, 2, 10, 30), Offset.Zero), Options)).ParamName);
        Assert.Equal("writer", Assert.Throws<ArgumentNullException>(() => new InstantJsonConverter().Write(null!, Instant.FromUnixTimeSeconds(0), Options)).ParamName);
        Assert.Equal("writer", Assert.Throws<ArgumentNullException>(() => new NumberOrStringJsonConverter().Write(null!, "1", Options)).ParamName);
        Assert.Equal("writer", Assert.Throws<ArgumentNullException>(() => new ExtensibleEnumJsonConverter<Status>().Write(null!, Status.Confirmed, Options)).ParamName);
        Assert.Equal("writer", Assert.Throws<ArgumentNullException>(() => new ExtensibleEnumJsonConverter<Status>().WriteAsPropertyName(null!, Status.Confirmed, Options)).ParamName);
    }

    [Theory]
    [InlineData(10, 30, 0, 0, "\"10:30\"")]
    [InlineData(10, 30, 15, 0, "\"10:30:15\"")]
    [InlineData(10, 30, 0, 500, "\"10:30:00.5\"")]
    public void A_time_is_written_without_zero_seconds(int hour, int minute, int second, int millisecond, string json) =>
        Assert.Equal(json, Write(w => new LocalTimeJsonConverter().Write(w, new LocalTime(hour, minute, second, millisecond), Options)));

    [Fact]
    public void An_extensible_enum_is_written_as_a_property_name()
    {
        var json = Write(w =>
        {
            w.WriteStartObject();
            new ExtensibleEnumJsonConverter<Status>().WriteAsPropertyName(w, Status.Confirmed, Options);
            w.WriteNumberValue(1);
            w.WriteEndObject();
        });

        Assert.Equal("{\"Confirmed\":1}", json);
    }

    [Theory]
    [InlineData("true", "true")]
    [InlineData("false", "false")]
    [InlineData("12", "12")]
    public void An_extensible_enum_reads_literals_as_their_text(string json, string value)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();

        Assert.Equal(value, new ExtensibleEnumJsonConverter<Status>().Read(ref reader, typeof(Status), Options).Value);
    }

    [Fact]
    public void An_extensible_enum_refuses_an_object() =>
        Assert.Equal("Expected a Status string, got StartObject.", ReadError(new ExtensibleEnumJsonConverter<Status>(), "{}"));

    [Fact]
    public void A_bad_date_is_echoed_up_to_forty_characters()
    {
        var forty = new string('x', 40);

        Assert.Equal($"Expected a date 'yyyy-MM-dd', got '{forty}'.", ReadError(new LocalDateJsonConverter(), $"\"{forty}\""));
        Assert.Equal($"Expected a date 'yyyy-MM-dd', got '{forty}…'.", ReadError(new LocalDateJsonConverter(), $"\"{forty}y\""));
    }

    [Fact]
    public void A_date_time_converter_needs_a_pattern()
    {
        Assert.Equal("patterns", Assert.Throws<ArgumentNullException>(() => new LocalDateTimeJsonConverter(null!)).ParamName);
        var error = Assert.Throws<ArgumentException>(() => new LocalDateTimeJsonConverter([]));
        Assert.Equal("patterns", error.ParamName);
        Assert.StartsWith("At least one pattern is required.", error.Message, StringComparison.Ordinal);
    }

    private static string Write(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static string ReadError<T>(JsonConverter<T> converter, string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        try
        {
            converter.Read(ref reader, typeof(T), Options);
        }
        catch (JsonException error)
        {
            return error.Message;
        }

        throw new Xunit.Sdk.XunitException($"{json} was read");
    }
}
