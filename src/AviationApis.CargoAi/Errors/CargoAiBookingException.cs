using AviationApis.CargoAi.Booking;
using AviationApis.Core.Errors;

namespace AviationApis.CargoAi.Errors;

/// <summary>
/// A booking failed or was rejected: the vendor answered with a <c>bookingStatus</c> (FAILED, BOOKING_REJECTED, …) and
/// an error. CargoAi and validation errors carry <see cref="Description"/>; airline errors carry <see cref="RejectedReason"/>.
/// <see cref="AviationApiException.ErrorCode"/> is the vendor's error (e.g. <c>GetAWBFailed</c>, <c>NotEnoughCapacity</c>).
/// </summary>
public sealed class CargoAiBookingException : AviationApiException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">A short description (must not contain secrets).</param>
    /// <param name="details">What is known about the failure.</param>
    /// <param name="failure">What the vendor said about the booking.</param>
    /// <param name="innerException">The underlying exception, if any.</param>
    public CargoAiBookingException(string message, ApiErrorDetails details, CargoAiBookingFailure failure, Exception? innerException = null)
        : base(message, details, innerException)
    {
        ArgumentNullException.ThrowIfNull(failure);
        Failure = failure;
    }

    /// <summary>What the vendor said about the booking.</summary>
    public CargoAiBookingFailure Failure { get; }

    /// <summary>The booking status, e.g. FAILED or BOOKING_REJECTED.</summary>
    public BookingStatus? BookingStatus => Failure.BookingStatus;

    /// <summary>The vendor's error, e.g. <c>GetAWBFailed</c>.</summary>
    public string? VendorError => Failure.Error;

    /// <summary>The vendor's description (CargoAi and validation errors).</summary>
    public string? Description => Failure.Description;

    /// <summary>The airline's rejection reason (airline errors).</summary>
    public string? RejectedReason => Failure.RejectedReason;
}
