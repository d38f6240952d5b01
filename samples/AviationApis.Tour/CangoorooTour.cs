using AviationApis.Cangooroo;
using AviationApis.Cangooroo.Booking;
using AviationApis.Cangooroo.Search;
using NodaTime;

namespace AviationApis.Tour;

/// <summary>
/// Cangooroo: search GRU→GIG round trip (options selected by their stretch ids), get cancellation policies for the
/// first solution (first departure and return options), report every change since the search (price and breakdown, rate
/// information, flights), book one adult with a test card and its client reference, read service details, cancel.
/// </summary>
internal sealed class CangoorooTour(ICangoorooFlightClient cangooroo, TimeProvider time, string target) : ITourPart
{
    // A Luhn-valid test card; the reporter never prints it (PaymentCard.ToString shows brand and last four only).
    private const string TestCardNumber = "4111111111111111";

    public async Task RunAsync(TourReporter reporter, CancellationToken cancellationToken)
    {
        reporter.Part("Cangooroo", target);
        var today = LocalDate.FromDateTime(time.GetUtcNow().UtcDateTime);
        var search = await reporter.StepAsync("search GRU → GIG round trip, 1 adult", () => cangooroo.SearchAsync(new FlightSearchCriteria
        {
            Origin = "GRU", Destination = "GIG", DepartureDate = today.PlusDays(30), ReturnDate = today.PlusDays(37),
            Adults = 1, Nationality = "BR",
        }, cancellationToken), r => $"{r.Solutions.Count} solution(s), token valid until {r.ExpiresAt:HH:mm} UTC");

        var solution = search.Solutions.FirstOrDefault() ?? throw new InvalidOperationException("The search returned no solution.");
        var selection = search.Select(solution, solution.Departures[0], solution.Returns.FirstOrDefault());
        var quote = await reporter.StepAsync(
            $"get cancellation policies for {solution.Provider ?? "the first solution"}, {selection.Departure.FlightNumber} / {selection.Return?.FlightNumber ?? "one way"}",
            () => cangooroo.GetCancellationPoliciesAsync(selection, cancellationToken),
            q => $"{q.PaymentConditions.Count} payment condition(s)");
        var change = quote.PriceChange;
        reporter.Note(change.HasChanged
            ? $"price changed since the search: {change.SearchPrice} → {change.CurrentPrice} ({(change.IsIncrease ? "+" : string.Empty)}{change.Difference})"
            : change.CanCompare ? $"price unchanged: {change.CurrentPrice}" : "price not stated in the answer: cannot compare");

        // Everything the user chose on, compared: show each difference (and what could not be compared) before booking.
        reporter.Note(quote.Changes.IsUnchanged
            ? "change report: nothing changed since the search"
            : $"change report: {quote.Changes.Differences.Count} difference(s), {quote.Changes.Uncomparable.Count} not comparable");
        foreach (var line in quote.Changes.Differences.Select(d => d.ToString()).Concat(quote.Changes.Uncomparable.Select(u => u.ToString())))
        {
            reporter.Note("  " + line);
        }

        reporter.Note($"client reference for this booking (store it first; FindBookingAsync finds the booking by it): {quote.ClientReference}");

        var expiry = time.GetUtcNow().AddYears(2);
        var card = new PaymentCard
        {
            Holder = "ADA LOVELACE", Number = TestCardNumber, SecurityCode = "737",
            ExpiryYear = expiry.Year, ExpiryMonth = expiry.Month, Brand = CardBrand.Visa,
        };
        var booking = await reporter.StepAsync($"book one adult, paying with {card}", () => cangooroo.BookAsync(quote,
        [
            new Passenger
            {
                Name = "Ada", Surname = "Lovelace", Age = 36, Title = "Mrs", Cpf = "52998224725", Email = "ada@agency.example",
                PhoneCountryCode = "55", PhoneAreaCode = "11", PhoneNumber = "987654321",
                Address = "Avenida Paulista", AddressNumber = "1000", City = "São Paulo", State = "SP", ZipCode = "01310100",
            },
        ], card, cancellationToken), b => $"reservation {b.ReservationId}, {b.Status.Value}, payment {b.PaymentStatus ?? "n/a"}, {b.Price}");
        if (booking.Status == BookingStatus.InProgress)
        {
            booking = await reporter.StepAsync("wait for the booking's outcome", () => cangooroo.WaitForOutcomeAsync(booking, TimeSpan.FromMinutes(2), cancellationToken), b => b.Status.Value);
        }

        await reporter.StepAsync("read service details", () => cangooroo.GetServiceDetailsAsync(booking.ServiceId, cancellationToken),
            d => $"{d.Status.Value}, {d.Departures.Count + d.Returns.Count} flight(s), {d.Passengers.Count} passenger(s)");
        await reporter.StepAsync("cancel", () => cangooroo.CancelAsync(booking.ServiceId, cancellationToken),
            c => c.IsUnderPenalty is true ? $"{c.Status.Value}, penalty {c.Penalty}" : c.Status.Value);
    }
}
