using System.Net;
using System.Text;
using AviationApis.CargoAi.Booking;
using AviationApis.CargoAi.Errors;
using AviationApis.CargoAi.Tests.Infrastructure;
using AviationApis.CargoAi.Tests.Search;
using AviationApis.Core.Errors;
using AviationApis.Testing;
using RichardSzalay.MockHttp;

namespace AviationApis.CargoAi.Tests.Transport;

/// <summary>
/// Failures CargoAi reports inside a success answer go through Core's one exception factory: they carry the request
/// id, the rate limit and the attempts like every other error, and what the vendor said is redacted.
/// </summary>
public sealed class TransportDetailsTests
{
    private static readonly BookingUser User = new()
    {
        Email = "ada@forwarder.example", FirstName = "Ada", LastName = "Lovelace", Iata = "1234567", Cass = "0001", Country = "FR",
    };

    private static void Answer(CargoAiHarness h, string path, string body) =>
        h.Mock.When(HttpMethod.Post, CargoAiHarness.Base + path).Respond(_ =>
            new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, "application/json") }
                .WithRequestId("req-cargo-7")
                .WithRateLimit(60, 12));

    [Fact]
    public async Task A_booking_refused_inside_a_success_answer_carries_request_id_and_rate_limit_and_its_description_is_redacted()
    {
        using var h = new CargoAiHarness();
        Answer(h, "book", $$"""{"flightUUID":"f-1","bookingStatus":"BOOKING_REJECTED","description":"Rejected for key {{CargoAiHarness.ApiKey}}"}""");

        var ex = await Assert.ThrowsAsync<CargoAiBookingException>(() => h.RunAsync(c => c.Bookings.BookAsync(new BookRequest { User = User, FlightUuid = "f-1", RateId = "r-1" })));

        Assert.Equal("CargoAi.Book", ex.OperationName);
        Assert.Equal(HttpStatusCode.OK, ex.StatusCode);
        Assert.Equal("req-cargo-7", ex.Details.RequestId);
        Assert.Equal(12, ex.Details.RateLimit?.Remaining);
        Assert.Equal(1, ex.Details.Attempts);
        Assert.Equal("Rejected for key [REDACTED]", Assert.Single(ex.Details.Messages));
        Assert.Equal("Rejected for key [REDACTED]", ex.Failure.Description);
        Assert.DoesNotContain(CargoAiHarness.ApiKey, ex.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_search_error_inside_a_success_answer_carries_request_id_and_rate_limit()
    {
        using var h = new CargoAiHarness();
        Answer(h, "search", $$"""{"statusCode":500,"message":"Internal server error for key {{CargoAiHarness.ApiKey}}"}""");

        var ex = await Assert.ThrowsAsync<InvalidResponseException>(() => h.RunAsync(c => c.Search.SearchAsync(SearchTests.QuoteAndBook())));

        Assert.Equal("CargoAi.Search", ex.OperationName);
        Assert.Equal("req-cargo-7", ex.Details.RequestId);
        Assert.Equal(12, ex.Details.RateLimit?.Remaining);
        Assert.Equal(1, ex.Details.Attempts);
        Assert.Equal("Internal server error for key [REDACTED]", Assert.Single(ex.Details.Messages));
    }
}
