using AviationApis.Cangooroo.Pricing;

namespace AviationApis.Cangooroo.Booking;

/// <summary>The result of <see cref="ICangoorooFlightClient.CancelAsync"/>.</summary>
/// <param name="Booking">The service as the cancel response returned it.</param>
public sealed record FlightCancellation(FlightBooking Booking)
{
    /// <summary>The new status (normally <see cref="BookingStatus.Cancelled"/>; <see cref="BookingStatus.PendingCancellation"/> when the attempt failed).</summary>
    public BookingStatus Status => Booking.Status;

    /// <summary><see langword="true"/> when the status is <see cref="BookingStatus.Cancelled"/> (either spelling).</summary>
    public bool IsCancelled => Status == BookingStatus.Cancelled;

    /// <summary>The penalty the vendor reported, if any (see <see cref="FlightBooking.Penalty"/>).</summary>
    public Money? Penalty => Booking.Penalty;

    /// <summary>
    /// <see langword="true"/> when the vendor reported a penalty above zero, <see langword="false"/> when it reported a
    /// zero penalty, <see langword="null"/> when it did not say.
    /// </summary>
    public bool? IsUnderPenalty => Penalty is null ? null : Penalty.Value > 0;
}
