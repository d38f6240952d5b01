using AviationApis.CargoAi.Search;
using AviationApis.Core.Errors;

namespace AviationApis.CargoAi.Errors;

/// <summary>
/// The client refused a booking before sending it: the offer is not bookable via API (a coloader-fallback rate, a manual
/// rate, an unavailable flight, or <c>features.bookable</c> not true). <see cref="Problem"/> names the reason; book it
/// through CargoMART with <see cref="FlyWindowLink"/> instead. The message never contains the link (it holds a portal token).
/// </summary>
public sealed class CargoAiNotBookableException : AviationApiException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="bookability">What the flight and rate allow.</param>
    /// <param name="details">What is known (operation name, no attempts).</param>
    public CargoAiNotBookableException(FlightBookability bookability, ApiErrorDetails details)
        : base(Describe(bookability), details)
    {
        ArgumentNullException.ThrowIfNull(bookability);
        Problem = bookability.Problem;
        Reason = bookability.Reason;
        FlyWindowLink = bookability.FlyWindowLink;
    }

    /// <summary>Why the offer is not bookable via API.</summary>
    public FlightBookabilityProblem Problem { get; }

    /// <summary>The explanation, as <see cref="FlightBookability.Reason"/> gives it.</summary>
    public string? Reason { get; }

    /// <summary>The FlyWINDOW (CargoMART) link to book it instead, when the vendor gave one. Holds a portal token: do not log it.</summary>
    public Uri? FlyWindowLink { get; }

    private static string Describe(FlightBookability bookability)
    {
        ArgumentNullException.ThrowIfNull(bookability);
        return $"Not bookable via API ({bookability.Problem}): {bookability.Reason ?? "the offer cannot be booked"}; nothing was sent";
    }
}
