using AviationApis.Cangooroo;
using AviationApis.Cangooroo.Booking;
using AviationApis.Cangooroo.Errors;
using AviationApis.Cangooroo.Policies;
using AviationApis.Cangooroo.Search;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Snippets;

/// <summary>README.md, Cangooroo: Search → policies → book → details → cancel.</summary>
public static class CangoorooFlow
{
    public static async Task<FlightCancellation> RunAsync(IServiceProvider provider)
    {
        #region Snippet:CangoorooFlow
        var cangooroo = provider.GetRequiredService<ICangoorooFlightClient>();

        // 1. Search. A ReturnDate makes it a round trip. IATA codes, dates and passenger counts are checked before sending.
        FlightSearchResult result = await cangooroo.SearchAsync(new FlightSearchCriteria
        {
            Origin = "GRU", Destination = "GIG",
            DepartureDate = LocalDate.FromDateTime(DateTime.Today.AddDays(30)),
            ReturnDate = LocalDate.FromDateTime(DateTime.Today.AddDays(36)),
            Adults = 1, ChildrenAges = [7], Nationality = "BR",
            Cabin = CabinClass.Economy, Luggage = LuggagePreference.With,
        });
        // result.ExpiresAt: the token is valid 30 minutes from the search and allows one booking.
        var solution = result.Solutions.MinBy(s => s.Price?.Value)!;
        var outbound = solution.Departures[0];                  // Flight: times as LocalDateTime (airport local), legs, luggage
        Console.WriteLine(string.Join(" / ", outbound.FlightNumbers)); // "TO48591; TO27093; TO27239" as a list

        // 2. Cancellation policies: mandatory before booking. A selection can only be made from the search result.
        //    Round-trip options come with the vendor's stretchId: Flight.Id prefers it, and it is what DepartId/ReturnId carry.
        FlightSelection selection = result.Select(solution, outbound, solution.Returns[0]);
        CancellationPolicyQuote quote = await cangooroo.GetCancellationPoliciesAsync(selection);
        // Suppliers answer searches from caches: price, breakdown (fare, taxes, fees, currency), rate information and each
        // chosen flight's times, flight numbers, stops, class and luggage are compared, one typed entry per difference.
        // What the answer does not state is listed as "cannot compare" (quote.Changes.Uncomparable), never as unchanged.
        if (!quote.Changes.IsUnchanged)
        {
            foreach (QuoteDifference change in quote.Changes.Differences)
                Console.WriteLine(change);                       // "Departure flight: departure time 2026-01-20 01:46 → 2026-01-20 02:46"
            foreach (UncomparableAspect unknown in quote.Changes.Uncomparable)
                Console.WriteLine(unknown);                      // "luggage cannot be compared (the answer does not state it)"
            // ask the user to confirm before booking
        }
        Console.WriteLine(quote.CancellationPolicies);          // the policy text; quote.PaymentConditions: installments per brand

        // 3. Book: accepts only a quote. Never retried once sent. quote.ClientReference goes with it as ExternalReference:
        //    Store it with your order first: it is how the booking is found when its outcome is unknown.
        FlightBooking booking;
        try
        {
            booking = await cangooroo.BookAsync(
                quote,
                [
                    new Passenger { Name = "Ana", Surname = "Silva", Age = 34, Title = "Mrs", Cpf = "011.400.289-22",
                                    Email = "ana@example.com", PhoneCountryCode = "55", PhoneAreaCode = "11", PhoneNumber = "40028922" },
                    new Passenger { Name = "Leo", Surname = "Silva", Age = 7, IsChild = true },
                ],                                               // the first passenger is the main passenger
                new PaymentCard
                {
                    Holder = "ANA SILVA", Number = "4111 1111 1111 1111", SecurityCode = "123",
                    ExpiryYear = 2028, ExpiryMonth = 12, Brand = CardBrand.Visa, Installments = 3,
                });                                              // ToString(): "PaymentCard(VISA ****1111)"
        }
        catch (BookingOutcomeUnknownException unknown)
        {
            // A timeout, a 5xx, an unreadable answer or a connection broken after sending: the booking may exist.
            // Never book again (the token is used up anyway): find it by the reference sent with it.
            booking = await cangooroo.FindBookingAsync(unknown.ClientReference!)
                      ?? throw new InvalidOperationException($"Booking {unknown.ClientReference} not listed yet: ask the operator.", unknown);
        }

        // 4. InProgress means "outcome not known yet": WaitForOutcomeAsync asks GetServiceDetails every 5 s within a budget,
        //    and throws BookingOutcomeUnknownException (service id, reference, token, selection) if it never settles.
        booking = await cangooroo.WaitForOutcomeAsync(booking, TimeSpan.FromMinutes(2));
        // Pending, OnRequest and AwaitingPayment are settled by the operator: check later with GetServiceDetailsAsync.

        // 5. Cancel.
        FlightCancellation cancellation = await cangooroo.CancelAsync(booking.ServiceId);
        if (cancellation.IsUnderPenalty == true) Console.WriteLine($"Cancelled with a penalty of {cancellation.Penalty}");
        #endregion
        return cancellation;
    }
}
