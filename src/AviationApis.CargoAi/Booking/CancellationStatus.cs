using System.Text.Json.Serialization;
using AviationApis.Core.Json;

namespace AviationApis.CargoAi.Booking;

/// <summary>The answer to a cancellation: done, refused by the airline, or requested (the airline did not answer in time; follow the tracking URL). Unknown values are kept, never an error.</summary>
[ExtensibleEnum(PublicConstructor = true)]
[JsonConverter(typeof(ExtensibleEnumJsonConverter<CancellationStatus>))]
public readonly partial struct CancellationStatus
{
    /// <summary>The value <c>CANCELLED</c>.</summary>
    public static CancellationStatus Cancelled { get; } = new("CANCELLED");

    /// <summary>The value <c>CANCELLED_REJECTED</c>.</summary>
    public static CancellationStatus CancelledRejected { get; } = new("CANCELLED_REJECTED");

    /// <summary>The value <c>CANCELLATION_REQUESTED</c>.</summary>
    public static CancellationStatus CancellationRequested { get; } = new("CANCELLATION_REQUESTED");
}
