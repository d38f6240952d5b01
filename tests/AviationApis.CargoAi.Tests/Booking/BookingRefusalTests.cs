using System.Net;
using System.Text.Json;
using AviationApis.CargoAi.Booking;
using AviationApis.CargoAi.Errors;
using AviationApis.CargoAi.Search;
using AviationApis.CargoAi.Tests.Infrastructure;
using AviationApis.CargoAi.Tests.Search;
using AviationApis.Core.Errors;

namespace AviationApis.CargoAi.Tests.Booking;

/// <summary><c>BookAsync</c> refuses, before sending, what the vendor documents as not bookable via API, and a missing AWB.</summary>
public sealed class BookingRefusalTests
{
    private static readonly BookingUser User = new()
    {
        Email = "ada@forwarder.example", FirstName = "Ada", LastName = "Lovelace", Iata = "1234567", Cass = "0001", Country = "FR",
    };

    private const string Confirmed = """{"flightUUID":"f-1","bookingStatus":"PENDING_DELIVERY","awb":"020-12345675"}""";

    [Theory]
    [InlineData("\"coloaderOfficeId\":4021", FlightBookabilityProblem.ColoaderRate)]
    [InlineData("\"isManualRate\":true", FlightBookabilityProblem.ManualRate)]
    public async Task Coloader_and_manual_rates_are_refused_before_sending(string rate, FlightBookabilityProblem problem)
    {
        var flight = await BookabilityTests.ParseAsync(BookabilityTests.FlightJson(BookabilityTests.RateJson(more: rate)));
        using var h = new CargoAiHarness();
        h.Respond(HttpMethod.Post, "book", (HttpStatusCode.OK, Confirmed));

        var ex = await Assert.ThrowsAsync<CargoAiNotBookableException>(() => h.RunAsync(c => c.Bookings.BookAsync(
            new BookRequest { User = User, Flight = flight, Rate = flight.Rates![0], Awb = "020-12345675" })));

        Assert.Equal(problem, ex.Problem);
        Assert.Equal(new Uri(BookabilityTests.Link), ex.FlyWindowLink);
        Assert.Contains("not bookable via API", ex.Message, StringComparison.Ordinal);
        Assert.Contains("nothing was sent", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("portal-token-123", ex.ToString(), StringComparison.Ordinal);
        Assert.Equal("CargoAi.Book", ex.OperationName);
        Assert.Empty(h.Requests);
    }

    [Fact]
    public async Task A_manual_rate_is_refused_even_without_its_flight()
    {
        var flight = await BookabilityTests.ParseAsync(BookabilityTests.FlightJson(BookabilityTests.RateJson(more: "\"isManualRate\":true")));
        using var h = new CargoAiHarness();

        var ex = await Assert.ThrowsAsync<CargoAiNotBookableException>(() => h.RunAsync(c => c.Bookings.BookAsync(
            new BookRequest { User = User, FlightUuid = "f-1", Rate = flight.Rates![0] })));

        Assert.Equal(FlightBookabilityProblem.ManualRate, ex.Problem);
        Assert.Empty(h.Requests);
    }

    [Theory]
    [InlineData("{\"flightUUID\":\"f-1\",\"available\":false,\"availableReason\":\"Dimensions are not loadable\",\"rates\":[]}", FlightBookabilityProblem.NotAvailable)]
    [InlineData("{\"flightUUID\":\"f-1\",\"available\":true,\"features\":{\"bookable\":false},\"rates\":[]}", FlightBookabilityProblem.NotBookableThroughApi)]
    public async Task Unavailable_and_unbookable_flights_are_refused_before_sending(string flightJson, FlightBookabilityProblem problem)
    {
        var flight = await BookabilityTests.ParseAsync(flightJson);
        using var h = new CargoAiHarness();

        var ex = await Assert.ThrowsAsync<CargoAiNotBookableException>(() => h.RunAsync(c => c.Bookings.BookAsync(
            new BookRequest { User = User, Flight = flight, RateId = "r-1" })));

        Assert.Equal(problem, ex.Problem);
        Assert.Empty(h.Requests);
    }

    [Fact]
    public async Task A_missing_AWB_is_refused_before_sending_and_the_error_says_what_forms_it_takes()
    {
        var flight = await BookabilityTests.ParseAsync(BookabilityTests.FlightJson(BookabilityTests.RateJson()));
        using var h = new CargoAiHarness();

        var ex = await Assert.ThrowsAsync<ValidationFailedException>(() => h.RunAsync(c => c.Bookings.BookAsync(
            new BookRequest { User = User, Flight = flight, Rate = flight.Rates![0] })));

        var error = Assert.Single(ex.FieldErrors);
        Assert.Equal("awb", error.Field);
        Assert.Contains("PPP-NNNNNNNN (PPP: 020 or 176", error.Message, StringComparison.Ordinal);
        Assert.Empty(h.Requests);
    }

    [Theory]
    [InlineData("057-12345675")]
    [InlineData("02012345675")]
    [InlineData("020-123")]
    public async Task An_AWB_of_the_wrong_form_or_prefix_is_refused_before_sending(string awb)
    {
        var flight = await BookabilityTests.ParseAsync(BookabilityTests.FlightJson(BookabilityTests.RateJson()));
        using var h = new CargoAiHarness();

        var ex = await Assert.ThrowsAsync<ValidationFailedException>(() => h.RunAsync(c => c.Bookings.BookAsync(
            new BookRequest { User = User, Flight = flight, Rate = flight.Rates![0], Awb = awb })));

        Assert.Equal("awb", Assert.Single(ex.FieldErrors).Field);
        Assert.Empty(h.Requests);
    }

    [Fact]
    public async Task A_malformed_AWB_is_refused_without_a_flight_too()
    {
        using var h = new CargoAiHarness();

        var ex = await Assert.ThrowsAsync<ValidationFailedException>(() => h.RunAsync(c => c.Bookings.BookAsync(
            new BookRequest { User = User, FlightUuid = "f-1", RateId = "r-1", Awb = "12345" })));

        Assert.Equal("awb", Assert.Single(ex.FieldErrors).Field);
        Assert.Empty(h.Requests);
    }

    [Fact]
    public async Task A_bookable_offer_with_its_AWB_is_sent_with_the_ids_of_the_flight_and_rate_and_nothing_else_of_them()
    {
        var flight = await BookabilityTests.ParseAsync(BookabilityTests.FlightJson(BookabilityTests.RateJson()));
        using var h = new CargoAiHarness();
        h.Respond(HttpMethod.Post, "book", (HttpStatusCode.OK, Confirmed));

        var result = await h.RunAsync(c => c.Bookings.BookAsync(new BookRequest { User = User, Flight = flight, Rate = flight.Rates![0], Awb = "020-12345675" }));

        Assert.Equal(BookingStatus.PendingDelivery, result.BookingStatus);
        using var body = JsonDocument.Parse(Assert.Single(h.Requests).Body!);
        Assert.Equal("f-1", body.RootElement.GetProperty("flightUUID").GetString());
        Assert.Equal("r-1", body.RootElement.GetProperty("rateId").GetString());
        Assert.Equal("020-12345675", body.RootElement.GetProperty("awb").GetString());
        Assert.False(body.RootElement.TryGetProperty("flight", out _));
        Assert.False(body.RootElement.TryGetProperty("rate", out _));
    }

    [Fact]
    public async Task Ids_that_contradict_the_flight_or_rate_given_are_refused()
    {
        var flight = await BookabilityTests.ParseAsync(BookabilityTests.FlightJson(BookabilityTests.RateJson()));
        var stranger = await BookabilityTests.ParseAsync(BookabilityTests.FlightJson(BookabilityTests.RateJson("r-other")));
        using var h = new CargoAiHarness();

        var mismatch = await Assert.ThrowsAsync<ValidationFailedException>(() => h.RunAsync(c => c.Bookings.BookAsync(
            new BookRequest { User = User, Flight = flight, FlightUuid = "f-2", Rate = flight.Rates![0], Awb = "020-12345675" })));
        var foreign = await Assert.ThrowsAsync<ValidationFailedException>(() => h.RunAsync(c => c.Bookings.BookAsync(
            new BookRequest { User = User, Flight = flight, Rate = stranger.Rates![0], Awb = "020-12345675" })));

        Assert.Equal("flightUUID", Assert.Single(mismatch.FieldErrors).Field);
        Assert.Equal("rateId", Assert.Single(foreign.FieldErrors).Field);
        Assert.Empty(h.Requests);
    }
}
