using AviationApis.CargoAi;
using AviationApis.CargoAi.Booking;
using AviationApis.CargoAi.Search;
using AviationApis.CargoAi.Shipments;
using AviationApis.CargoAi.Users;
using NodaTime;

namespace AviationApis.Tour;

/// <summary>
/// CargoAi: create a user, get its token and portal link, add an office, search CDG→SIN (polling until complete), book
/// the first API-bookable rate, track it, cancel it, delete the user.
/// </summary>
internal sealed class CargoAiTour(ICargoAiClient cargoAi, TimeProvider time, string target) : ITourPart
{
    public async Task RunAsync(TourReporter reporter, CancellationToken cancellationToken)
    {
        reporter.Part("CargoAi", target);
        var email = $"tour.{Guid.NewGuid():N}"[..13] + "@forwarder.example";
        var user = new CreateUserRequest
        {
            FirstName = "Ada", LastName = "Lovelace", Email = email, CompanyName = "Tour Forwarding SAS",
            CountryCode = "FR", IataCode = "1234567", CassCode = "0001", OfficeAirportCode = "CDG",
        };

        await reporter.StepAsync($"create user {email}", () => cargoAi.Users.CreateAsync(user, cancellationToken), u => $"account {u.Status.Value}");
        await reporter.StepAsync("get its token and portal link", () => cargoAi.Users.GetTokenAsync(email, cancellationToken),
            u => u.Token is null ? "no token yet" : $"token received, portal {u.Link?.GetLeftPart(UriPartial.Path) ?? "(none)"}");
        await reporter.StepAsync("add an office at SIN", () => cargoAi.Users.UpdateAsync(new UpdateUserRequest
        {
            FirstName = user.FirstName, LastName = user.LastName, Email = email, CompanyName = user.CompanyName,
            Offices = [new UserOffice { CountryCode = "SG", OfficeAirportCode = "SIN", IataCode = "7654321", CassCode = "0002" }],
        }, cancellationToken), u => $"account {u.Status.Value}");

        var today = LocalDate.FromDateTime(time.GetUtcNow().UtcDateTime);
        var shipment = new Shipment { Pieces = 1, Weight = 100m, Volume = 1m };
        var search = await reporter.StepAsync("search CDG → SIN, polling until complete", () => cargoAi.Search.SearchAsync(new SearchRequest
        {
            Origin = "CDG", Destination = "SIN", DepartureDate = today.PlusDays(7), Shipment = shipment,
            User = new SearchUser { Email = email, Iata = user.IataCode, Cass = user.CassCode, Country = user.CountryCode },
        }, cancellationToken), r => $"{r.Status.Value}, {r.Flights?.Count ?? 0} flight(s); chargeable weight {ChargeableWeight.Calculate(shipment).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)} kg");

        // Coloader and manual rates are not bookable via API: Bookability says so (Problem, FlyWindowLink for CargoMART).
        foreach (var offer in search.Flights?.Where(f => !f.Bookability.IsBookable) ?? [])
        {
            reporter.Note($"not bookable via API: {offer.AirlineCode} {offer.FlightNumber}: {offer.Bookability.Problem}");
        }

        // Prefer a flight that needs an AWB, as many airlines do: the booking carries one of its prefixes.
        var candidates = search.Flights?.Where(f => f.Bookability.IsBookable && f.Rates is { Count: > 0 }).ToList() ?? [];
        var flight = candidates.FirstOrDefault(f => f.Bookability.AwbRequired && f.Bookability.AwbPrefixes.Count > 0) ?? candidates.FirstOrDefault()
            ?? throw new InvalidOperationException("The search returned no flight bookable through the API.");
        var rate = flight.Rates!.First(r => r.IsApiBookable);
        // A real booking takes the AWB from the forwarder's own stock for that airline; the tour uses a fixed serial.
        var awb = flight.Bookability.AwbRequired ? $"{flight.Bookability.AwbPrefixes[0]}-12345675" : null;
        if (awb is not null)
        {
            reporter.Note($"the flight needs an AWB: {flight.Bookability.AwbFormat}; using {awb}");
        }

        var booking = await reporter.StepAsync(
            $"book {flight.AirlineCode} {flight.FlightNumber} ({flight.DepartureAirport} → {flight.ArrivalAirport}) at rate {rate.Id}",
            () => cargoAi.Bookings.BookAsync(new BookRequest
            {
                User = new BookingUser { Email = email, FirstName = user.FirstName, LastName = user.LastName, Iata = user.IataCode!, Cass = user.CassCode!, Country = user.CountryCode },
                Flight = flight,
                Rate = rate,
                Awb = awb,
            }, cancellationToken),
            b => $"{b.BookingStatus.Value}, AWB {b.Awb ?? "pending"}");
        await reporter.StepAsync("track it", () => cargoAi.Bookings.TrackAsync(booking.FlightUuid ?? flight.FlightUuid!, cancellationToken),
            t => $"{t.Count} booking(s), status {t.FirstOrDefault()?.BookingResponse?.BookingStatus.Value ?? "unknown"}");
        await reporter.StepAsync("cancel it", () => cargoAi.Bookings.CancelAsync(booking.FlightUuid ?? flight.FlightUuid!, "Tour finished", cancellationToken),
            c => c.Status.Value);
        await reporter.StepAsync("delete the user", () => cargoAi.Users.DeleteAsync(email, cancellationToken), d => d.Message ?? "deleted");
    }
}
