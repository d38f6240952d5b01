using System.Text.Json.Serialization;

namespace AviationApis.CargoAi.Booking;

/// <summary>The answer of <c>PUT /bookings/{flightUUID}</c> with action CANCEL.</summary>
public sealed record CancellationResult
{
    /// <summary>CANCELLED, CANCELLED_REJECTED or CANCELLATION_REQUESTED.</summary>
    public CancellationStatus Status { get; init; }

    /// <summary>The flight id.</summary>
    [JsonPropertyName("flightUUID")]
    public string? FlightUuid { get; init; }

    /// <summary>Where to follow a cancellation the airline has not answered yet.</summary>
    [JsonPropertyName("trackingURL")]
    public Uri? TrackingUrl { get; init; }
}
