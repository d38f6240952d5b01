using AviationApis.Cangooroo;
using AviationApis.Cangooroo.Booking;
using AviationApis.Cangooroo.Errors;
using AviationApis.Cangooroo.Search;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Snippets;

/// <summary>src/AviationApis.Cangooroo/README.md.</summary>
public static class CangoorooPackageQuickStart
{
    public static async Task<FlightCancellation> RunAsync(IServiceCollection services, Microsoft.Extensions.Configuration.IConfiguration configuration, IServiceProvider provider)
    {
        #region Snippet:CangoorooPackageQuickStart
        services.AddCangoorooClient(configuration.GetSection("Cangooroo"));

        var client = provider.GetRequiredService<ICangoorooFlightClient>();
        var result = await client.SearchAsync(new FlightSearchCriteria
        {
            Origin = "GRU", Destination = "GIG", DepartureDate = LocalDate.FromDateTime(DateTime.Today.AddDays(30)), Nationality = "BR",
        });
        var solution = result.Solutions[0];
        var quote = await client.GetCancellationPoliciesAsync(result.Select(solution, solution.Departures[0]));
        foreach (var change in quote.Changes.Differences) Console.WriteLine(change);   // show them before booking
        FlightBooking booking;
        try
        {
            booking = await client.BookAsync(quote, [new Passenger { Name = "Ana", Surname = "Silva", Age = 34 }],
                new PaymentCard { Holder = "ANA SILVA", Number = "4111111111111111", SecurityCode = "123",
                                  ExpiryYear = 2028, ExpiryMonth = 12, Brand = CardBrand.Visa });
        }
        catch (BookingOutcomeUnknownException unknown)   // may be booked: find it, never book again
        {
            booking = await client.FindBookingAsync(unknown.ClientReference!)
                      ?? throw new InvalidOperationException($"Booking {unknown.ClientReference} not listed yet: ask the operator.", unknown);
        }
        booking = await client.WaitForOutcomeAsync(booking, TimeSpan.FromMinutes(2));   // settles InProgress
        var details = await client.GetServiceDetailsAsync(booking.ServiceId);
        var cancellation = await client.CancelAsync(booking.ServiceId);
        #endregion
        GC.KeepAlive(details);
        return cancellation;
    }
}
