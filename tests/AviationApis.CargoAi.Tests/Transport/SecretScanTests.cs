using System.Net;
using AviationApis.CargoAi.Booking;
using AviationApis.CargoAi.Errors;
using AviationApis.CargoAi.Tests.Infrastructure;
using AviationApis.Core.Errors;
using AviationApis.Testing;

namespace AviationApis.CargoAi.Tests.Transport;

public sealed class SecretScanTests
{
    [Fact]
    public async Task The_api_key_never_reaches_logs_or_exception_messages()
    {
        using var h = new CargoAiHarness();
        h.Respond(HttpMethod.Post, "book", (HttpStatusCode.BadRequest, "{\"bookingStatus\":\"FAILED\",\"error\":\"GetAWBFailed\",\"description\":\"key " + CargoAiHarness.ApiKey + " echoed\"}"));
        h.Respond(HttpMethod.Get, "users", (HttpStatusCode.ServiceUnavailable, "{\"message\":\"x-api-key " + CargoAiHarness.ApiKey + " rejected\"}"));
        var texts = new List<string>();

        var booking = await Assert.ThrowsAsync<CargoAiBookingException>(() => h.RunAsync(c => c.Bookings.BookAsync(new BookRequest
        {
            User = new BookingUser { Email = "a@b.example", FirstName = "A", LastName = "B", Iata = "1234567", Cass = "0001", Country = "FR" },
            FlightUuid = "f",
            RateId = "r",
        })));
        var service = await Assert.ThrowsAsync<ServiceFailureException>(() => h.RunAsync(c => c.Users.GetTokenAsync("a@b.example")));
        texts.Add(booking.ToString());
        texts.Add(booking.Details.ResponseExcerpt ?? string.Empty);
        texts.Add(service.ToString());
        texts.Add(service.Details.ResponseExcerpt ?? string.Empty);
        texts.AddRange(h.Logs.AllText());

        Assert.NotEmpty(h.Logs.GetSnapshot());
        Assert.Contains(h.Logs.AllText(), t => t.Contains("x-api-key", StringComparison.OrdinalIgnoreCase) || t.Contains("CargoAi.", StringComparison.Ordinal));
        Assert.Empty(SecretScan.Find(texts, [CargoAiHarness.ApiKey]));
    }

    [Fact]
    public void Models_with_portal_tokens_hide_them_in_ToString()
    {
        var link = new Uri("https://app.cargoai.co/forwarder/search?auth=portal-token-xyz");
        var texts = new[]
        {
            new AviationApis.CargoAi.Search.SearchResponse { Id = "s", ResultsUrl = link }.ToString(),
            new AviationApis.CargoAi.Search.Rate { Id = "r", BookingUrl = link }.ToString(),
            new AviationApis.CargoAi.Users.UserToken { Token = "portal-token-xyz", Link = link }.ToString(),
        };

        Assert.Empty(SecretScan.Find(texts, ["portal-token-xyz"]));
    }
}
