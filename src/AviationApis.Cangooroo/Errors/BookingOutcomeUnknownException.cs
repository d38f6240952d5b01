using System.Text;
using AviationApis.Cangooroo.Booking;
using AviationApis.Cangooroo.Search;
using AviationApis.Core.Errors;

namespace AviationApis.Cangooroo.Errors;

/// <summary>
/// A booking was sent but its outcome is unknown: the call timed out, the server answered 5xx or an unreadable body,
/// the connection broke after sending, or the booking stayed <c>InProgress</c> beyond the wait's budget. The booking
/// may exist. Never send another booking for it (that could book twice); reconcile instead, in this order:
/// <see cref="ICangoorooFlightClient.WaitForOutcomeAsync"/> or <see cref="ICangoorooFlightClient.GetServiceDetailsAsync"/>
/// when <see cref="ServiceId"/> is known, else <see cref="ICangoorooFlightClient.FindBookingAsync"/> with
/// <see cref="ClientReference"/>; if neither finds it, give the operator the client reference. The message says the
/// same and never contains the search token. Only the client creates it (like the search result that holds the token).
/// </summary>
public sealed class BookingOutcomeUnknownException : AviationApiException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="cause">What made the outcome unknown, e.g. <c>the connection broke after the booking was sent</c> (no secrets).</param>
    /// <param name="searchToken">The search token the booking was sent with.</param>
    /// <param name="clientReference">The reference sent as <c>ExternalReference</c> with the booking.</param>
    /// <param name="selection">The selection that was booked (solution and flights).</param>
    /// <param name="serviceId">The service id, when the vendor returned one.</param>
    /// <param name="lastKnownStatus">The last status seen, when any.</param>
    /// <param name="details">What is known about the failure.</param>
    /// <param name="innerException">The failure that made the outcome unknown, if any.</param>
    internal BookingOutcomeUnknownException(
        string cause,
        string? searchToken,
        string? clientReference,
        FlightSelection? selection,
        string? serviceId,
        BookingStatus? lastKnownStatus,
        ApiErrorDetails details,
        Exception? innerException = null)
        : base(Describe(cause, clientReference, serviceId), details, innerException)
    {
        SearchToken = searchToken;
        ClientReference = clientReference;
        Selection = selection;
        ServiceId = serviceId;
        LastKnownStatus = lastKnownStatus;
    }

    /// <summary>The search token the booking was sent with (one booking per token: it is used up).</summary>
    public string? SearchToken { get; }

    /// <summary>The reference sent as <c>ExternalReference</c>: pass it to <see cref="ICangoorooFlightClient.FindBookingAsync"/>.</summary>
    public string? ClientReference { get; }

    /// <summary>The selection that was booked.</summary>
    public FlightSelection? Selection { get; }

    /// <summary>The solution that was booked, as the search returned it.</summary>
    public FlightSolution? Solution => Selection?.Solution;

    /// <summary>The service id when the vendor returned one (then <see cref="ICangoorooFlightClient.GetServiceDetailsAsync"/> tells the status).</summary>
    public string? ServiceId { get; }

    /// <summary>The last status seen (e.g. <c>InProgress</c>), when any.</summary>
    public BookingStatus? LastKnownStatus { get; }

    private static string Describe(string cause, string? clientReference, string? serviceId)
    {
        var text = new StringBuilder("The booking's outcome is unknown (").Append(cause).Append("): it may have been made, and sending another booking could book twice. ");
        if (!string.IsNullOrEmpty(serviceId))
        {
            text.Append("Check service ").Append(serviceId).Append(" with WaitForOutcomeAsync or GetServiceDetailsAsync");
            text.Append(string.IsNullOrEmpty(clientReference) ? ". " : "; ");
        }

        if (!string.IsNullOrEmpty(clientReference))
        {
            text.Append("Find it with FindBookingAsync(\"").Append(clientReference).Append("\"), the reference sent as ExternalReference. ");
        }

        text.Append("If it cannot be found, give the operator ")
            .Append(string.IsNullOrEmpty(clientReference) ? "the booking's time and passengers" : "this reference")
            .Append(" before doing anything else");
        return text.ToString();
    }
}
