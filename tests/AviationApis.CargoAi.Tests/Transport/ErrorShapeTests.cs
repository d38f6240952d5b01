using System.Net;
using AviationApis.CargoAi.Booking;
using AviationApis.CargoAi.Errors;
using AviationApis.CargoAi.Tests.Infrastructure;
using AviationApis.CargoAi.Tests.Search;
using AviationApis.CargoAi.Transport;
using AviationApis.Core.Errors;

namespace AviationApis.CargoAi.Tests.Transport;

public sealed class ErrorShapeTests
{
    [Fact]
    public async Task Message_body_becomes_a_validation_exception_with_the_message()
    {
        using var h = new CargoAiHarness();
        h.Respond(HttpMethod.Get, "users", (HttpStatusCode.BadRequest, "{\n    \"message\": \"Invalid request: user not verified\"\n}"));

        var ex = await Assert.ThrowsAsync<ValidationFailedException>(() => h.RunAsync(c => c.Users.GetTokenAsync("a@b.example")));

        Assert.Equal(["Invalid request: user not verified"], ex.Messages);
        Assert.Contains("user not verified", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Error_body_of_update_user_is_read()
    {
        using var h = new CargoAiHarness();
        h.Respond(HttpMethod.Put, "users", (HttpStatusCode.BadRequest, """{"error":"Invalid request: user not found: test+update_user@cargoaitest.co"}"""));

        var ex = await Assert.ThrowsAsync<ValidationFailedException>(() => h.RunAsync(c => c.Users.UpdateAsync(new() { FirstName = "a", LastName = "b", Email = "a@b.example", CompanyName = "c", Offices = [new() { CountryCode = "FR" }] })));

        Assert.Equal(["Invalid request: user not found: test+update_user@cargoaitest.co"], ex.Messages);
    }

    [Fact]
    public async Task Field_error_array_of_search_becomes_field_errors()
    {
        using var h = new CargoAiHarness();
        h.Respond(HttpMethod.Post, "search", (HttpStatusCode.BadRequest, """[{"field":"destination","error":"airport XXX not found"},{"field":"departureDate","error":"the date is out of range"}]"""));

        var ex = await Assert.ThrowsAsync<ValidationFailedException>(() => h.RunAsync(c => c.Search.SearchAsync(SearchTests.QuoteAndBook())));

        Assert.Equal(["destination", "departureDate"], ex.FieldErrors.Select(f => f.Field));
        Assert.Equal("the date is out of range", ex.FieldErrors[1].Message);
    }

    [Fact]
    public async Task Forbidden_search_is_an_authentication_exception()
    {
        using var h = new CargoAiHarness();
        h.Respond(HttpMethod.Post, "search", (HttpStatusCode.Forbidden, """{"message":"Forbidden"}"""));

        var ex = await Assert.ThrowsAsync<AuthenticationFailedException>(() => h.RunAsync(c => c.Search.SearchAsync(SearchTests.QuoteAndBook())));

        Assert.Equal(["Forbidden"], ex.Messages);
    }

    [Fact]
    public async Task Single_field_error_of_book_403_is_read()
    {
        using var h = new CargoAiHarness();
        h.Respond(HttpMethod.Post, "book", (HttpStatusCode.Forbidden, "{\n    \"field\": \"global\",\n    \"error\": \"Cannot match user information\"\n}"));

        var ex = await Assert.ThrowsAsync<AuthenticationFailedException>(() => h.RunAsync(c => c.Bookings.BookAsync(Book())));

        var field = Assert.Single(ex.FieldErrors);
        Assert.Equal("global", field.Field);
        Assert.Equal("Cannot match user information", field.Message);
    }

    [Fact]
    public async Task Failed_booking_with_description_is_a_booking_exception()
    {
        using var h = new CargoAiHarness();
        h.Respond(HttpMethod.Post, "book", (HttpStatusCode.BadRequest, "{\n\t\"flightUIID\": \"cea884fc\",\n\t\"bookingStatus\": \"FAILED\",\n\t\"error\": \"GetAWBFailed\",\n\t\"description\": \"Failure due to validation request\"\n}"));

        var ex = await Assert.ThrowsAsync<CargoAiBookingException>(() => h.RunAsync(c => c.Bookings.BookAsync(Book())));

        Assert.Equal(BookingStatus.Failed, ex.BookingStatus);
        Assert.Equal("GetAWBFailed", ex.VendorError);
        Assert.Equal("GetAWBFailed", ex.ErrorCode);
        Assert.Equal("Failure due to validation request", ex.Description);
        Assert.Null(ex.RejectedReason);
        Assert.Equal("cea884fc", ex.Failure.FlightUuid);
        Assert.Equal(HttpStatusCode.BadRequest, ex.StatusCode);
        Assert.Equal(1, ex.Attempts);
    }

    [Fact]
    public async Task Rejected_booking_carries_the_rejected_reason()
    {
        using var h = new CargoAiHarness();
        h.Respond(HttpMethod.Post, "book", (HttpStatusCode.BadRequest, """{"bookingStatus":"BOOKING_REJECTED","awb":"000","error":"Selected flight is closed for booking.","rejectedReason":"Selected flight is closed for booking."}"""));

        var ex = await Assert.ThrowsAsync<CargoAiBookingException>(() => h.RunAsync(c => c.Bookings.BookAsync(Book())));

        Assert.Equal(BookingStatus.BookingRejected, ex.BookingStatus);
        Assert.Equal("Selected flight is closed for booking.", ex.RejectedReason);
        Assert.Equal("000", ex.Failure.Awb);
    }

    [Fact]
    public async Task Direct_booking_mismatch_carries_the_suggested_flights()
    {
        using var h = new CargoAiHarness();
        h.Respond(HttpMethod.Post, "book", (HttpStatusCode.BadRequest, """{"bookingStatus":"FAILED","flights":[{"flightUUID":"alt-1","departureTime":"2025-11-09T18:00:00+01:00"}],"error":"Cannot match flight details","description":"No flight matches","resultsURL":"https://app.dev.cargoai.co/r?uuid=1"}"""));

        var ex = await Assert.ThrowsAsync<CargoAiBookingException>(() => h.RunAsync(c => c.Bookings.BookAsync(Book())));

        Assert.Equal("Cannot match flight details", ex.VendorError);
        Assert.Equal("alt-1", Assert.Single(ex.Failure.Flights!).FlightUuid);
    }

    [Fact]
    public async Task Status_error_body_of_track_404_is_a_not_found_exception()
    {
        using var h = new CargoAiHarness();
        h.Respond(HttpMethod.Get, "track", (HttpStatusCode.NotFound, "{\n    \"status\": 404,\n    \"error\": \"not found\"\n}"));

        var ex = await Assert.ThrowsAsync<ResourceNotFoundException>(() => h.RunAsync(c => c.Bookings.TrackAsync("nope")));

        Assert.Equal(["not found"], ex.Messages);
        Assert.Equal("404", ex.ErrorCode);
    }

    [Fact]
    public async Task Error_code_body_of_cancel_is_read()
    {
        using var h = new CargoAiHarness();
        h.Respond(HttpMethod.Put, "bookings/x", (HttpStatusCode.BadRequest, "{\n    \"errorCode\": 400,\n    \"errorMessage\": \"invalid request: invalid value for action: \"\n}"));

        var ex = await Assert.ThrowsAsync<ValidationFailedException>(() => h.RunAsync(c => c.Bookings.CancelAsync("x")));

        Assert.Equal("400", ex.ErrorCode);
        Assert.Equal(["invalid request: invalid value for action: "], ex.Messages);
    }

    [Fact]
    public async Task Non_json_body_becomes_a_message()
    {
        using var h = new CargoAiHarness();
        h.Respond(HttpMethod.Delete, "users", (HttpStatusCode.BadGateway, "Bad Gateway"));

        var ex = await Assert.ThrowsAsync<ServiceFailureException>(() => h.RunAsync(c => c.Users.DeleteAsync("a@b.example")));

        Assert.Equal(["Bad Gateway"], ex.Messages);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("[1,2")]
    [InlineData("null")]
    [InlineData("42")]
    [InlineData("<html><body>502</body></html>")]
    [InlineData("{\"message\": {\"nested\": true}}")]
    [InlineData("[{\"field\": 1}]")]
    public void The_reader_never_throws(string text)
    {
        var body = CargoAiErrorReader.Read(text);

        Assert.NotNull(body.Content);
    }

    private static BookRequest Book() => new()
    {
        User = new BookingUser { Email = "a@b.example", FirstName = "A", LastName = "B", Iata = "1234567", Cass = "0001", Country = "FR" },
        FlightUuid = "f",
        RateId = "r",
    };
}
