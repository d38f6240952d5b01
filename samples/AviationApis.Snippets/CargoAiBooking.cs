using AviationApis.CargoAi.Booking;
using AviationApis.CargoAi.Errors;

namespace Snippets;

/// <summary>README.md, CargoAi: A booking.</summary>
public static class CargoAiBooking
{
    public static async Task<CancellationResult> RunAsync(
        AviationApis.CargoAi.ICargoAiClient cargoAi, IEnumerable<AviationApis.CargoAi.Search.Flight> bookable, CancellationToken cancellationToken)
    {
        #region Snippet:CargoAiBooking
        var flight = bookable.First();
        var rate = flight.Rates!.First(r => r.IsApiBookable);
        // Many airlines need an AWB: flight.Bookability.AwbRequired, and the forms it takes in Bookability.AwbFormat,
        // e.g. "PPP-NNNNNNNN (PPP: 000; NNNNNNNN: the 8-digit serial)" (the prefixes are the flight's awbPrefixes).
        string? awb = flight.Bookability.AwbRequired
            ? $"{flight.Bookability.AwbPrefixes[0]}-12345675"   // an AWB from your own stock for that airline
            : null;                                            // optional: the airline assigns one
        try
        {
            BookingResult booking = await cargoAi.Bookings.BookAsync(new BookRequest
            {
                User = new BookingUser { Email = "ada@forwarder.example", FirstName = "Ada", LastName = "Lovelace",
                                         Iata = "1234567", Cass = "0001", Country = "FR" },
                Flight = flight,   // sends flight.FlightUuid and rate.Id, and refuses before sending what the vendor would refuse:
                Rate = rate,       // CargoAiNotBookableException (coloader/manual rate, …), ValidationFailedException (awb missing or malformed)
                Awb = awb,
            }, cancellationToken);
            // PENDING_DELIVERY (confirmed) or PENDING_AIRLINE_INFORMATION (follow booking.TrackingUrl / the booking callback)
        }
        catch (CargoAiNotBookableException ex)
        {
            Console.WriteLine($"{ex.Problem}: {ex.Reason}");   // offer ex.FlyWindowLink to the user instead
        }
        catch (CargoAiBookingException ex)
        {
            Console.WriteLine($"{ex.BookingStatus}: {ex.VendorError} {ex.Description ?? ex.RejectedReason}");
        }

        var details = await cargoAi.Bookings.TrackAsync(flight.FlightUuid!);
        var cancelled = await cargoAi.Bookings.CancelAsync(flight.FlightUuid!, "Shipper cancelled");
        #endregion
        GC.KeepAlive(details);
        return cancelled;
    }
}
