using AviationApis.CargoAi.Errors;

namespace AviationApis.CargoAi.Booking;

/// <summary>Booking (<c>POST /book</c>), booking details (<c>GET /track</c>) and cancellation (<c>PUT /bookings/{flightUUID}</c>).</summary>
public interface ICargoAiBookingsClient
{
    /// <summary>
    /// Books a flight: classic (flight UUID + rate id from a search) or direct / allotment (itinerary + shipment). Never
    /// retried on server errors or timeouts (only when the server provably did not process it). A direct booking answered
    /// DIRECT_BOOKING_PROCESSING is polled with its <c>id</c> until it settles, within the poll budget.
    /// </summary>
    /// <param name="request">The booking.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>PENDING_DELIVERY (confirmed) or PENDING_AIRLINE_INFORMATION (requested; follow the tracking URL).</returns>
    /// <exception cref="CargoAiBookingException">The booking failed or was rejected (status, vendor error, description, rejected reason).</exception>
    /// <exception cref="CargoAiNotBookableException">
    /// The <see cref="BookRequest.Flight"/>/<see cref="BookRequest.Rate"/> given is not bookable via API (coloader or manual
    /// rate, unavailable, <c>features.bookable</c> not true); nothing was sent.
    /// </exception>
    /// <exception cref="Core.Errors.ValidationFailedException">
    /// A required field is missing, or the AWB is missing for a flight that requires one, or is not <c>PPP-NNNNNNNN</c> with
    /// one of the flight's prefixes; nothing was sent.
    /// </exception>
    Task<BookingResult> BookAsync(BookRequest request, CancellationToken cancellationToken = default);

    /// <summary>Gets the bookings of a flight (<c>GET /track?flight-uuid=</c>).</summary>
    /// <param name="flightUuid">The flight id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The booking details.</returns>
    /// <exception cref="Core.Errors.ResourceNotFoundException">No booking for this flight.</exception>
    Task<IReadOnlyList<BookingDetails>> TrackAsync(string flightUuid, CancellationToken cancellationToken = default);

    /// <summary>Cancels a booking made through CargoCONNECT (<c>PUT /bookings/{flightUUID}</c>, action CANCEL).</summary>
    /// <param name="flightUuid">The flight id of the booking.</param>
    /// <param name="reason">The reason forwarded to the airline (optional).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>CANCELLED, CANCELLED_REJECTED or CANCELLATION_REQUESTED.</returns>
    Task<CancellationResult> CancelAsync(string flightUuid, string? reason = null, CancellationToken cancellationToken = default);
}
