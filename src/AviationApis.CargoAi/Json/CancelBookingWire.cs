using System.Text.Json.Serialization;

namespace AviationApis.CargoAi.Json;

/// <summary>The wire body of a cancellation.</summary>
internal sealed record CancelBookingWire
{
    [JsonPropertyName("flightUUID")]
    public required string FlightUuid { get; init; }

    public string Action { get; init; } = "CANCEL";

    public string? CancelledReasons { get; init; }
}
