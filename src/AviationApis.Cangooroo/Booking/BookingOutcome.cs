using System.Net;
using AviationApis.Core.Errors;

namespace AviationApis.Cangooroo.Booking;

/// <summary>Which booking failures leave the outcome unknown (the server may have booked), and flight-service matching.</summary>
internal static class BookingOutcome
{
    /// <summary>Why the outcome is unknown, or <see langword="null"/> when the failure proves nothing was booked.</summary>
    public static string? UnknownCause(AviationApiException exception) => exception switch
    {
        AviationTimeoutException => "the call timed out",
        InvalidResponseException => "the answer could not be read",
        ServiceFailureException { StatusCode: { } status } when status >= HttpStatusCode.InternalServerError || status == HttpStatusCode.RequestTimeout =>
            $"the server answered HTTP {(int)status}",
        ServiceFailureException { StatusCode: null } failure when !NeverConnected(failure) => "the connection broke after the booking was sent",
        _ => null,
    };

    /// <summary>BackOffice service type 10 is Flight; a missing type is accepted (the reference is ours).</summary>
    public static bool IsFlightService(string? serviceType) =>
        string.IsNullOrWhiteSpace(serviceType) || serviceType.Trim() == "10" || string.Equals(serviceType.Trim(), "Flight", StringComparison.OrdinalIgnoreCase);

    // A connection that was never made (refused, name not resolved) carried no booking.
    private static bool NeverConnected(Exception exception)
    {
        for (var inner = exception.InnerException; inner is not null; inner = inner.InnerException)
        {
            if (inner is HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError })
            {
                return true;
            }
        }

        return false;
    }
}
