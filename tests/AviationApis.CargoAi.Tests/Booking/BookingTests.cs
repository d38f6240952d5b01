using System.Net;
using System.Text.Json;
using AviationApis.CargoAi.Booking;
using AviationApis.CargoAi.Errors;
using AviationApis.CargoAi.Shipments;
using AviationApis.CargoAi.Tests.Infrastructure;
using AviationApis.Core.Errors;
using NodaTime;

namespace AviationApis.CargoAi.Tests.Booking;

public sealed class BookingTests
{
    private static readonly BookingUser User = new()
    {
        Email = "ada@forwarder.example",
        FirstName = "Ada",
        LastName = "Lovelace",
        Iata = "1234567",
        Cass = "0001",
        Country = "FR",
        CompanyName = "Forwarder SAS",
    };

    private static BookRequest Classic() => new() { User = User, FlightUuid = "cea884fc-a000-11ee-9471-a61fc42e35dd", RateId = "r-1", Awb = "000-00042652", HandlingCodes = ["GCR"] };

    [Fact]
    public async Task Classic_booking_posts_flight_and_rate_and_reads_the_confirmation()
    {
        using var h = new CargoAiHarness();
        h.Respond(HttpMethod.Post, "book", (HttpStatusCode.OK, "{\n    \"flightUUID\": \"cea884fc-a000-11ee-9471-a61fc42e35dd\",\n    \"bookingStatus\": \"PENDING_DELIVERY\",\n    \"awb\": \"000-00042652\",\n    \"handlingCodes\": [\n        \"GCR\"\n    ]\n}"));

        var result = await h.RunAsync(c => c.Bookings.BookAsync(Classic()));

        var request = Assert.Single(h.Requests);
        Assert.Equal(CargoAiHarness.Base + "book", request.Uri.AbsoluteUri);
        Assert.Equal(CargoAiHarness.ApiKey, request.Headers["x-api-key"]);
        using var body = JsonDocument.Parse(request.Body!);
        var root = body.RootElement;
        Assert.Equal("cea884fc-a000-11ee-9471-a61fc42e35dd", root.GetProperty("flightUUID").GetString());
        Assert.Equal("r-1", root.GetProperty("rateId").GetString());
        Assert.Equal("000-00042652", root.GetProperty("awb").GetString());
        Assert.Equal("1234567", root.GetProperty("user").GetProperty("iata").GetString());
        Assert.Equal("0001", root.GetProperty("user").GetProperty("cass").GetString());
        Assert.False(root.TryGetProperty("itinerary", out _));

        Assert.Equal(BookingStatus.PendingDelivery, result.BookingStatus);
        Assert.Equal("000-00042652", result.Awb);
    }

    [Fact]
    public async Task A_requested_booking_returns_the_tracking_url()
    {
        using var h = new CargoAiHarness();
        h.Respond(HttpMethod.Post, "book", (HttpStatusCode.Accepted, """{"flightUUID":"4ce8","bookingStatus":"PENDING_AIRLINE_INFORMATION","description":"Booking has been processed","trackingURL":"https://api.dev.cargoai.co/solutions/track?flight-uuid=4ce8"}"""));

        var result = await h.RunAsync(c => c.Bookings.BookAsync(Classic()));

        Assert.Equal(BookingStatus.PendingAirlineInformation, result.BookingStatus);
        Assert.Equal("/solutions/track", result.TrackingUrl!.AbsolutePath);
    }

    [Fact]
    public async Task Direct_booking_is_polled_with_its_id_while_processing()
    {
        using var h = new CargoAiHarness();
        h.Respond(
            HttpMethod.Post,
            "book",
            (HttpStatusCode.Accepted, """{"id":"98de060a","bookingStatus":"DIRECT_BOOKING_PROCESSING","description":"Booking has been processed"}"""),
            (HttpStatusCode.OK, """{"flightUUID":"f-7","bookingStatus":"PENDING_DELIVERY","awb":"000-1"}"""));
        var request = new BookRequest
        {
            User = User,
            Itinerary = new BookingItinerary { Origin = "CDG", Destination = "SIN", DepartureDates = [new LocalDate(2025, 11, 9)], AirlineCode = "00", FlightNumbers = ["00768"] },
            Shipment = new Shipment { Pieces = 1, Weight = 100, Volume = 1, Dimensions = [new PieceGroup { Pieces = 1, Length = 120, Width = 80, Height = 100, Weight = 100, LoadType = LoadType.Bup, WeightType = WeightType.Total, UldType = UldType.Ake }] },
            AllotmentCode = "ALLOT-1",
        };

        var result = await h.RunAsync(c => c.Bookings.BookAsync(request));

        var requests = h.Requests.ToArray();
        Assert.Equal(2, requests.Length);
        using (var first = JsonDocument.Parse(requests[0].Body!))
        {
            var itinerary = first.RootElement.GetProperty("itinerary");
            Assert.Equal("2025-11-09", itinerary.GetProperty("departureDates")[0].GetString());
            Assert.Equal("00768", itinerary.GetProperty("flightNumbers")[0].GetString());
            Assert.Equal("AKE", first.RootElement.GetProperty("shipment").GetProperty("dimensions")[0].GetProperty("uldType").GetString());
            Assert.False(first.RootElement.TryGetProperty("id", out _));
        }

        using (var second = JsonDocument.Parse(requests[1].Body!))
        {
            Assert.Equal("98de060a", second.RootElement.GetProperty("id").GetString());
        }

        Assert.Equal(BookingStatus.PendingDelivery, result.BookingStatus);
    }

    [Theory]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.BadGateway)]
    public async Task Booking_is_sent_exactly_once_under_server_errors(HttpStatusCode status)
    {
        using var h = new CargoAiHarness();
        h.Respond(HttpMethod.Post, "book", (status, """{"message":"Internal server error"}"""), (HttpStatusCode.OK, """{"bookingStatus":"PENDING_DELIVERY"}"""));

        var ex = await Assert.ThrowsAsync<ServiceFailureException>(() => h.RunAsync(c => c.Bookings.BookAsync(Classic())));

        Assert.Single(h.Requests);
        Assert.Equal(status, ex.StatusCode);
        Assert.Equal("CargoAi.Book", ex.OperationName);
    }

    [Fact]
    public async Task An_airline_5xx_booking_error_is_a_booking_exception_and_not_retried()
    {
        using var h = new CargoAiHarness();
        h.Respond(HttpMethod.Post, "book", (HttpStatusCode.ServiceUnavailable, "{\n    \"flightUUID\": \"ca64b09f\",\n    \"bookingStatus\": \"FAILED\",\n    \"awb\": \"000\",\n    \"error\": \"Booking not allowed for this user\",\n    \"rejectedReason\": \"Booking not allowed for this user\"\n}"));

        var ex = await Assert.ThrowsAsync<CargoAiBookingException>(() => h.RunAsync(c => c.Bookings.BookAsync(Classic())));

        Assert.Single(h.Requests);
        Assert.Equal(BookingStatus.Failed, ex.BookingStatus);
        Assert.Equal("Booking not allowed for this user", ex.RejectedReason);
        Assert.Equal("ca64b09f", ex.Failure.FlightUuid);
    }

    [Fact]
    public async Task Track_gets_by_flight_uuid_and_reads_the_vendor_example()
    {
        using var h = new CargoAiHarness();
        h.Respond(HttpMethod.Get, "track", (HttpStatusCode.OK, CargoAiHarness.Payload("track-200.json")));

        var items = await h.RunAsync(c => c.Bookings.TrackAsync("ca64b09f-0fe5-11f0-84dd-cececbcfb5eb"));

        var request = Assert.Single(h.Requests);
        Assert.Equal(HttpMethod.Get, request.Method);
        Assert.Equal(CargoAiHarness.ApiKey, request.Headers["x-api-key"]);
        Assert.Equal("/some/prefix/track?flight-uuid=ca64b09f-0fe5-11f0-84dd-cececbcfb5eb", request.Uri.PathAndQuery);
        var item = Assert.Single(items);
        Assert.NotNull(item.Flight);
        Assert.NotNull(item.Shipment);
        Assert.NotNull(item.BookingResponse);
        Assert.True(item.BookingResponse!.BookingStatus.IsKnown);
    }

    [Fact]
    public async Task Cancel_puts_the_cancel_action_to_the_booking_path()
    {
        using var h = new CargoAiHarness();
        h.Respond(HttpMethod.Put, "bookings/test-59c7", (HttpStatusCode.OK, "{\n\t\"status\": \"CANCELLED\",\n\t\"flightUUID\": \"test-59c7\"\n}"));

        var result = await h.RunAsync(c => c.Bookings.CancelAsync("test-59c7", "Shipper cancelled"));

        var request = Assert.Single(h.Requests);
        Assert.Equal(HttpMethod.Put, request.Method);
        Assert.Equal(CargoAiHarness.ApiKey, request.Headers["x-api-key"]);
        Assert.Equal("/some/prefix/bookings/test-59c7", request.Uri.AbsolutePath);
        using var body = JsonDocument.Parse(request.Body!);
        Assert.Equal("test-59c7", body.RootElement.GetProperty("flightUUID").GetString());
        Assert.Equal("CANCEL", body.RootElement.GetProperty("action").GetString());
        Assert.Equal("Shipper cancelled", body.RootElement.GetProperty("cancelledReasons").GetString());
        Assert.Equal(CancellationStatus.Cancelled, result.Status);
    }

    [Fact]
    public async Task A_requested_cancellation_keeps_its_status_and_tracking_url()
    {
        using var h = new CargoAiHarness();
        h.Respond(HttpMethod.Put, "bookings/7246", (HttpStatusCode.OK, """{"flightUUID":"7246","status":"CANCELLATION_REQUESTED","trackingURL":"https://api.dev.cargoai.co/solutions/track?flight-uuid=7246"}"""));

        var result = await h.RunAsync(c => c.Bookings.CancelAsync("7246"));

        Assert.Equal(CancellationStatus.CancellationRequested, result.Status);
        Assert.NotNull(result.TrackingUrl);
    }

    [Fact]
    public async Task A_booking_without_flight_or_itinerary_is_refused_before_sending()
    {
        using var h = new CargoAiHarness();
        h.Respond(HttpMethod.Post, "book", (HttpStatusCode.OK, "{}"));

        var ex = await Assert.ThrowsAsync<ValidationFailedException>(() => h.RunAsync(c => c.Bookings.BookAsync(new BookRequest { User = User with { Cass = "" }, FlightUuid = "f" })));

        Assert.Equal(["user.cass", "rateId"], ex.FieldErrors.Select(f => f.Field));
        Assert.Empty(h.Requests);
    }
}
