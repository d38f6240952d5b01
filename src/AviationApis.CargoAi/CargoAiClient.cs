using AviationApis.CargoAi.Booking;
using AviationApis.CargoAi.Search;
using AviationApis.CargoAi.Transport;
using AviationApis.CargoAi.Users;

namespace AviationApis.CargoAi;

/// <summary>The client of one registration: three surfaces over one transport.</summary>
internal sealed class CargoAiClient(CargoAiTransport transport) : ICargoAiClient
{
    public ICargoAiUsersClient Users { get; } = new CargoAiUsersClient(transport);

    public ICargoAiSearchClient Search { get; } = new CargoAiSearchClient(transport);

    public ICargoAiBookingsClient Bookings { get; } = new CargoAiBookingsClient(transport);
}
