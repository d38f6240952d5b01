using AviationApis.Cangooroo.Booking;
using AviationApis.Cangooroo.Errors;
using AviationApis.Cangooroo.Policies;
using AviationApis.Cangooroo.Search;

namespace AviationApis.Cangooroo;

/// <summary>
/// The Cangooroo Air REST API (<c>{BaseAddress}/ws/Rest/Flight.svc/{Method}</c>, all POST, credentials in the body).
/// The types enforce the vendor's order: <see cref="SearchAsync"/> gives a <see cref="FlightSearchResult"/>, from which
/// a <see cref="FlightSelection"/> is made; <see cref="GetCancellationPoliciesAsync"/> (mandatory) turns it into a
/// <see cref="CancellationPolicyQuote"/>, the only thing <see cref="BookAsync"/> accepts. Register with
/// <c>services.AddCangoorooClient(...)</c>; the registered instance is a singleton that remembers used tokens.
/// </summary>
public interface ICangoorooFlightClient
{
    /// <summary>Searches flights (<c>Search</c>; idempotent, retried on transient failures).</summary>
    /// <param name="criteria">What to search for; checked before sending.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The solutions and the search token (valid 30 minutes, one booking).</returns>
    /// <exception cref="AviationApis.Core.Errors.ValidationFailedException">The criteria are invalid; nothing was sent.</exception>
    /// <exception cref="CangoorooBusinessException">The vendor answered with an <c>Error</c>.</exception>
    Task<FlightSearchResult> SearchAsync(FlightSearchCriteria criteria, CancellationToken cancellationToken = default);

    /// <summary>
    /// Gets the cancellation policies, payment conditions and current price of a selection (<c>GetCancellationPolicies</c>;
    /// mandatory before booking; idempotent). Compare <see cref="CancellationPolicyQuote.PriceChange"/> and tell the user
    /// when the price changed.
    /// </summary>
    /// <param name="selection">A selection made from a search result.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The quote to book with.</returns>
    /// <exception cref="SearchTokenRejectedException">The token expired or was already used for a booking; nothing was sent.</exception>
    /// <exception cref="ArgumentException">The selection comes from a search made with another connection (tokens are bound to credentials).</exception>
    Task<CancellationPolicyQuote> GetCancellationPoliciesAsync(FlightSelection selection, CancellationToken cancellationToken = default);

    /// <summary>
    /// Books the quoted selection (<c>Booking</c>, or <c>DoBooking</c> when configured), sending
    /// <see cref="CancellationPolicyQuote.ClientReference"/> as <c>ExternalReference</c>. Never retried unless the server
    /// provably did not receive it (no connection, HTTP 429). The token is refused when expired or already used: one
    /// booking per token, counted from the moment a booking request is sent, whatever its outcome. When the outcome is
    /// unknown (timeout, 5xx, unreadable answer, connection broken after sending) a
    /// <see cref="BookingOutcomeUnknownException"/> says how to find the booking; an <c>InProgress</c> answer is settled
    /// with <see cref="WaitForOutcomeAsync"/>.
    /// </summary>
    /// <param name="quote">The result of <see cref="GetCancellationPoliciesAsync"/> for the selection to book.</param>
    /// <param name="passengers">The passengers, the main passenger first; checked against the search's adults and children.</param>
    /// <param name="payment">The card paying the booking; Luhn- and expiry-checked before sending.</param>
    /// <param name="cancellationToken">Cancels the call (a booking already sent may still be processed: check with <see cref="GetServiceDetailsAsync"/>).</param>
    /// <returns>The booked service; check <see cref="BookingStatus.RequiresStatusCheck"/>.</returns>
    /// <exception cref="SearchTokenRejectedException">The token expired or was already used; nothing was sent.</exception>
    /// <exception cref="AviationApis.Core.Errors.ValidationFailedException">Passengers or card are invalid; nothing was sent.</exception>
    /// <exception cref="ArgumentException">The quote comes from a search made with another connection.</exception>
    /// <exception cref="BookingOutcomeUnknownException">The booking was sent but its outcome is unknown: find it, never book again.</exception>
    Task<FlightBooking> BookAsync(CancellationPolicyQuote quote, IReadOnlyList<Passenger> passengers, PaymentCard payment, CancellationToken cancellationToken = default);

    /// <summary>
    /// Finds the booking sent with a client reference (<see cref="CancellationPolicyQuote.ClientReference"/>,
    /// <see cref="BookingOutcomeUnknownException.ClientReference"/>): BackOffice <c>GetBookingList</c> by
    /// <c>ExternalReference</c> (<c>{BaseAddress}/API/REST/CangoorooBackOffice.svc/GetBookingList</c>), then
    /// <c>GetServiceDetails</c> of the flight service listed. Idempotent. The criteria member name is assumed (the vendor
    /// lists <c>ExternalReference</c> in the answer); the answer is filtered by reference here too.
    /// </summary>
    /// <param name="clientReference">The reference sent with the booking.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The booking with its current status, or <see langword="null"/> when the vendor lists none with that reference (yet: a booking still being processed may appear later).</returns>
    Task<FlightBooking?> FindBookingAsync(string clientReference, CancellationToken cancellationToken = default);

    /// <summary>
    /// Settles an <c>InProgress</c> booking: asks <c>GetServiceDetails</c> every 5 seconds (on the client's
    /// <see cref="TimeProvider"/>) while the status is <see cref="BookingStatus.InProgress"/>, within
    /// <paramref name="budget"/>. Returns at once when the booking is not <c>InProgress</c>. Never books anything.
    /// </summary>
    /// <param name="booking">A booking returned by <see cref="BookAsync"/>, <see cref="FindBookingAsync"/> or <see cref="GetServiceDetailsAsync"/>.</param>
    /// <param name="budget">How long to keep asking (more than zero).</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The booking with its first status other than <c>InProgress</c>.</returns>
    /// <exception cref="BookingOutcomeUnknownException">Still <c>InProgress</c> when the budget ran out; carries the service id, the client reference and, for bookings this client made, the token and selection.</exception>
    Task<FlightBooking> WaitForOutcomeAsync(FlightBooking booking, TimeSpan budget, CancellationToken cancellationToken = default);

    /// <summary>Reads a booked service (<c>GetServiceDetails</c>; idempotent).</summary>
    /// <param name="serviceId">The <see cref="FlightBooking.ServiceId"/> (sent as a number when it is one).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The service, with its current status.</returns>
    Task<FlightBooking> GetServiceDetailsAsync(string serviceId, CancellationToken cancellationToken = default);

    /// <summary>Cancels a booked service (<c>Cancel</c>; idempotent: cancelling twice has no further effect).</summary>
    /// <param name="serviceId">The <see cref="FlightBooking.ServiceId"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new status, and the penalty when the vendor states one.</returns>
    Task<FlightCancellation> CancelAsync(string serviceId, CancellationToken cancellationToken = default);
}
