using System.Text;
using AviationApis.CargoAi.Booking;
using AviationApis.CargoAi.Callbacks;
using AviationApis.CargoAi.Errors;
using AviationApis.CargoAi.Search;
using AviationApis.CargoAi.Shipments;
using NodaTime;

namespace AviationApis.CargoAi.Tests.Callbacks;

public sealed class CallbackTests
{
    private static byte[] Example() => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Payloads", "cargoai-flywindow-callback.seed-example.json"));

    [Fact]
    public void The_fixture_is_the_seed_example_with_its_trailing_comma()
    {
        var text = Encoding.UTF8.GetString(Example());

        Assert.Contains("\"isColoader\": false,\n}", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_seed_example_parses_unchanged()
    {
        var callback = CargoAiCallbackParser.Parse(Example());

        Assert.Equal("000-00092142", callback.Awb);
        Assert.Equal("d88ea3cc-864e-11ef-9f4f-465af58dc8d0", callback.FlightUuid);
        Assert.Equal("d88ea3ab-864e-11ef-9f4f-465af58dc8d0", callback.RateId);
        Assert.Equal(BookingStatus.PendingDelivery, callback.BookingStatus);
        Assert.Equal(new OffsetDateTime(new LocalDateTime(2024, 10, 9, 14, 58, 34), Offset.Zero), callback.BookingCreatedDate);

        var flight = callback.Flight!;
        Assert.Equal("00768", flight.FlightNumber);
        Assert.Equal(new OffsetDateTime(new LocalDateTime(2024, 10, 14, 4, 0, 1), Offset.FromHours(8)), flight.ArrivalTime);
        Assert.Equal(new OffsetDateTime(new LocalDateTime(2024, 10, 13, 16, 0, 1), Offset.FromHours(2)), flight.DepartureTime);
        Assert.Equal("AI-MOCK", flight.Source);
        Assert.Equal("19:00", flight.Hle);
        Assert.True(flight.Bookability.IsBookable);
        Assert.Equal("00007682024-10-13", flight.AdditionalProperties!["sortingFlightKey"].GetString());
        var leg = Assert.Single(flight.Legs!);
        Assert.Equal(AircraftBodyType.Widebody, leg.BodyType);
        Assert.Equal(537.4540892175812, leg.Co2!.Value);
        Assert.False(leg.Co2.Estimation);
        Assert.Equal("d88ea3cc-864e-11ef-9f4f-465af58dc8d0", leg.AdditionalProperties!["parentFlightUUID"].GetString());
        var rate = Assert.Single(flight.Rates!);
        Assert.Equal(RateType.Live, rate.Type);
        Assert.Equal(6.08m, rate.NetRate);
        Assert.Equal(1246m, rate.Total);
        Assert.Null(rate.Ocdc);
        Assert.Equal("0", rate.ColoaderOfficeId);
        Assert.False(rate.IsColoaderRate);
        Assert.True(rate.IsApiBookable);
        Assert.Equal([ChargeBasis.ChargeableWeight, ChargeBasis.GrossWeight], rate.Charges!.Select(c => c.Type!.Value));

        var search = callback.SearchRequest!;
        Assert.Equal("CDG", search.OriginCriteria);
        Assert.Equal("SIN", search.DestinationCriteria);
        Assert.Equal("2024-10-10", search.RequestDate);
        Assert.Equal(200m, search.ChargeableWeight);
        Assert.Equal(MeasurementUnit.Metric, search.MeasurementUnit);
        Assert.Equal(WeightType.Total, search.Dimensions![0].WeightType);
        Assert.Equal("", search.AdditionalProperties!["clientEnv"].GetString());
        Assert.True(search.AdditionalProperties.ContainsKey("isInterlineEnabled"));
        Assert.True(search.Filters!.LiveRequests);
        Assert.True(search.Filters.AdditionalProperties!.ContainsKey("scheduleOnly"));

        var user = callback.User!;
        Assert.Equal("0000000", user.Iata);
        Assert.Equal("0000", user.Cass);
        Assert.Equal("email@tests.co", user.Email);
        Assert.False(user.AdditionalProperties!["isColoader"].GetBoolean());
    }

    [Fact]
    public async Task Span_and_stream_give_the_same_result()
    {
        var bytes = Example();
        using var stream = new MemoryStream(bytes);

        var fromStream = await CargoAiCallbackParser.ParseAsync(stream);
        var fromSpan = CargoAiCallbackParser.Parse(bytes.AsSpan());

        Assert.Equal(fromSpan.FlightUuid, fromStream.FlightUuid);
        Assert.Equal(fromSpan.BookingCreatedDate, fromStream.BookingCreatedDate);
    }

    [Fact]
    public void A_bad_date_names_the_field()
    {
        var body = Encoding.UTF8.GetBytes("""{"awb":"1","flight":{"departureTime":"tomorrow"}}""");

        var ex = Assert.Throws<CargoAiCallbackFormatException>(() => CargoAiCallbackParser.Parse(body));

        Assert.Equal("$.flight.departureTime", ex.Field);
        Assert.Contains("$.flight.departureTime", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("null")]
    [InlineData("{\"awb\":")]
    [InlineData("[1]")]
    public void Unreadable_bodies_fail_with_the_typed_error(string text)
    {
        Assert.Throws<CargoAiCallbackFormatException>(() => CargoAiCallbackParser.Parse(Encoding.UTF8.GetBytes(text)));
    }

    [Fact]
    public void Unknown_statuses_and_members_are_kept()
    {
        var callback = CargoAiCallbackParser.Parse("""{"bookingStatus":"SOMETHING_NEW","trackingEvents":[{"code":"DEP"}],"bookingCreatedDate":""}"""u8);

        Assert.False(callback.BookingStatus!.Value.IsKnown);
        Assert.Equal("SOMETHING_NEW", callback.BookingStatus.Value.Value);
        Assert.True(callback.AdditionalProperties!.ContainsKey("trackingEvents"));
        Assert.Null(callback.BookingCreatedDate);
    }
}
