using AviationApis.CargoAi;
using AviationApis.CargoAi.Booking;
using AviationApis.CargoAi.Search;
using AviationApis.CargoAi.Shipments;
using AviationApis.CargoAi.Users;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Snippets;

/// <summary>src/AviationApis.CargoAi/README.md: Use.</summary>
public static class CargoAiPackageUse
{
    public static async Task<BookingResult> RunAsync(IServiceProvider provider, BookingUser bookingUser)
    {
        #region Snippet:CargoAiPackageUse
        var cargoAi = provider.GetRequiredService<ICargoAiClient>();
        var user = await cargoAi.Users.CreateAsync(new CreateUserRequest { FirstName = "Ada", LastName = "Lovelace",
            Email = "ada@forwarder.example", CompanyName = "Forwarder SAS", CountryCode = "FR" });
        var result = await cargoAi.Search.SearchAsync(new SearchRequest { Origin = "CDG", Destination = "SIN",
            DepartureDate = LocalDate.FromDateTime(DateTime.Today.AddDays(14)), Shipment = new Shipment { Pieces = 1, Weight = 100, Volume = 1 },
            User = new SearchUser { Email = "ada@forwarder.example" } });
        var flight = result.Flights!.First(f => f.Bookability.IsBookable);
        // Coloader and manual rates are not bookable via API (Bookability.Problem, FlyWindowLink); many airlines need an AWB
        // (Bookability.AwbRequired, AwbFormat: PPP-NNNNNNNN with one of the flight's awbPrefixes).
        var booking = await cargoAi.Bookings.BookAsync(new BookRequest { User = bookingUser,
            Flight = flight, Rate = flight.Rates!.First(r => r.IsApiBookable),
            Awb = flight.Bookability.AwbRequired ? $"{flight.Bookability.AwbPrefixes[0]}-12345675" : null });
        #endregion
        GC.KeepAlive(user);
        return booking;
    }
}
