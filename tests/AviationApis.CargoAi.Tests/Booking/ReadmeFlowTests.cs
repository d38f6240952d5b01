using System.Net;
using AviationApis.CargoAi.Booking;
using AviationApis.CargoAi.Search;
using AviationApis.CargoAi.Shipments;
using AviationApis.CargoAi.Tests.Infrastructure;
using AviationApis.CargoAi.Users;
using NodaTime;

namespace AviationApis.CargoAi.Tests.Booking;

/// <summary>The flow shown in the README's CargoAi section, against MockHttp.</summary>
public sealed class ReadmeFlowTests
{
    [Fact]
    public async Task User_search_and_booking_as_in_the_readme()
    {
        using var h = new CargoAiHarness();
        h.Respond(HttpMethod.Post, "users", (HttpStatusCode.OK, """{"status":"Activated","message":"ok","token":"t-1234","link":"https://app.dev.cargoai.co/f?auth=t-1234"}"""));
        // The first bookable flight needs an AWB, as many airlines do (the README's AWB branch).
        var search = System.Text.Json.Nodes.JsonNode.Parse(CargoAiHarness.Payload("search-200-quote-and-book.json"))!;
        search["flights"]![0]!["features"]!["awbOptional"] = false;
        h.Respond(HttpMethod.Post, "search", (HttpStatusCode.OK, search.ToJsonString()));
        h.Respond(HttpMethod.Post, "book", (HttpStatusCode.OK, """{"flightUUID":"x","bookingStatus":"PENDING_DELIVERY","awb":"000-1"}"""));
        var cargoAi = h.Client;

        var booking = await h.Time.RunAsync(async () =>
        {
            UserToken user = await cargoAi.Users.CreateAsync(new CreateUserRequest
            {
                FirstName = "Ada", LastName = "Lovelace", Email = "ada@forwarder.example",
                CompanyName = "Forwarder SAS", CountryCode = "FR",
                IataCode = "1234567", CassCode = "0001", OfficeAirportCode = "CDG",
            });
            Assert.True(user.IsActivated);

            var request = new SearchRequest
            {
                Origin = "CDG", Destination = "SIN", DepartureDate = new LocalDate(2025, 11, 9),
                Shipment = new Shipment { Pieces = 1, Weight = 100m, Volume = 1m },
                User = new SearchUser { Email = "ada@forwarder.example" },
            };
            SearchResponse result = await cargoAi.Search.SearchAsync(request);
            var bookable = result.Flights?.Where(f => f.Bookability.IsBookable) ?? [];
            var flight = bookable.First();
            var rate = flight.Rates!.First(r => r.IsApiBookable);
            string? awb = flight.Bookability.AwbRequired
                ? $"{flight.Bookability.AwbPrefixes[0]}-12345675"
                : null;

            return await cargoAi.Bookings.BookAsync(new BookRequest
            {
                User = new BookingUser
                {
                    Email = "ada@forwarder.example", FirstName = "Ada", LastName = "Lovelace",
                    Iata = "1234567", Cass = "0001", Country = "FR",
                },
                Flight = flight,
                Rate = rate,
                Awb = awb,
            });
        }, CargoAiHarness.LongestWait);

        Assert.Equal(BookingStatus.PendingDelivery, booking.BookingStatus);
        Assert.Equal(3, h.Requests.Count);
        Assert.Contains("\"awb\":\"000-12345675\"", h.Requests.Last().Body, StringComparison.Ordinal);
    }
}
