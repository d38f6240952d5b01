using System.Text.Json.Serialization;
using AviationApis.Core.Json;

namespace AviationApis.CargoAi.Booking;

/// <summary>The status of a booking. The vendor's full list is not published; these are the observed values. Unknown values are kept, never an error.</summary>
[ExtensibleEnum(PublicConstructor = true)]
[JsonConverter(typeof(ExtensibleEnumJsonConverter<BookingStatus>))]
public readonly partial struct BookingStatus
{
    /// <summary>The value <c>PENDING_AIRLINE_INFORMATION</c>.</summary>
    public static BookingStatus PendingAirlineInformation { get; } = new("PENDING_AIRLINE_INFORMATION");

    /// <summary>The value <c>PENDING_DELIVERY</c>.</summary>
    public static BookingStatus PendingDelivery { get; } = new("PENDING_DELIVERY");

    /// <summary>The value <c>DELIVERED</c>.</summary>
    public static BookingStatus Delivered { get; } = new("DELIVERED");

    /// <summary>The value <c>DIRECT_BOOKING_PROCESSING</c>.</summary>
    public static BookingStatus DirectBookingProcessing { get; } = new("DIRECT_BOOKING_PROCESSING");

    /// <summary>The value <c>FAILED</c>.</summary>
    public static BookingStatus Failed { get; } = new("FAILED");

    /// <summary>The value <c>BOOKING_REJECTED</c>.</summary>
    public static BookingStatus BookingRejected { get; } = new("BOOKING_REJECTED");
}
