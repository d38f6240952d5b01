using AviationApis.CargoAi.Booking;
using AviationApis.CargoAi.Search;

namespace AviationApis.CargoAi.Errors;

/// <summary>The booking-specific members of a CargoAi booking error body.</summary>
/// <param name="BookingStatus">The booking status (FAILED, BOOKING_REJECTED, …).</param>
/// <param name="Error">The vendor's error code or text.</param>
/// <param name="Description">The description (CargoAi and validation errors).</param>
/// <param name="RejectedReason">The airline's reason (airline errors).</param>
/// <param name="FlightUuid">The flight id, when sent (also read from the vendor's <c>flightUIID</c> typo).</param>
/// <param name="Awb">The AWB number, when sent.</param>
public sealed record CargoAiBookingFailure(BookingStatus? BookingStatus, string? Error, string? Description, string? RejectedReason, string? FlightUuid, string? Awb)
{
    /// <summary>The flights CargoAi suggests when a direct booking could not be matched ("Cannot match flight details"), if sent.</summary>
    public IReadOnlyList<Flight>? Flights { get; init; }

    private bool PrintMembers(System.Text.StringBuilder builder) =>
        ModelText.Of(builder).Add(BookingStatus).Add(Error).Add(Description).Add(RejectedReason).Add(FlightUuid)
            .Add(Awb).Add(Flights).Written;
}
