using NodaTime;

namespace AviationApis.CargoAi.Booking;

/// <summary>The itinerary of a direct / allotment booking (no prior search).</summary>
public sealed record BookingItinerary
{
    /// <summary>Origin airport code.</summary>
    public required string Origin { get; init; }

    /// <summary>Destination airport code.</summary>
    public required string Destination { get; init; }

    /// <summary>Departure dates (sent as <c>yyyy-MM-dd</c>).</summary>
    public required IReadOnlyList<LocalDate> DepartureDates { get; init; }

    /// <summary>The airline code.</summary>
    public string? AirlineCode { get; init; }

    /// <summary>Flight numbers (sent as an array, as in the vendor's example).</summary>
    public IReadOnlyList<string>? FlightNumbers { get; init; }

    /// <summary>The allotment code (the vendor is moving it to the root; prefer <see cref="BookRequest.AllotmentCode"/>).</summary>
    public string? AllotmentCode { get; init; }

    private bool PrintMembers(System.Text.StringBuilder builder) =>
        ModelText.Of(builder).Add(Origin).Add(Destination).Add(DepartureDates).Add(AirlineCode).Add(FlightNumbers)
            .Add(AllotmentCode).Written;
}
