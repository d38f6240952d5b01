using AviationApis.Cangooroo.Booking;

namespace AviationApis.Cangooroo.Json;

internal sealed class ServiceResponseWire : CangoorooResponseWire
{
    public FlightBooking? Service { get; init; }
}
