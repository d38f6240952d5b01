using AviationApis.CargoAi.Booking;
using AviationApis.CargoAi.Search;
using AviationApis.CargoAi.Users;

namespace AviationApis.CargoAi;

/// <summary>
/// The CargoAi CargoCONNECT client. Register it with <c>services.AddCargoAiClient(...)</c>; it is safe to hold as a
/// singleton (each call takes an <see cref="HttpClient"/> from <see cref="IHttpClientFactory"/>).
/// </summary>
public interface ICargoAiClient
{
    /// <summary>User provisioning.</summary>
    ICargoAiUsersClient Users { get; }

    /// <summary>Routes, schedules and rates.</summary>
    ICargoAiSearchClient Search { get; }

    /// <summary>Booking, tracking and cancellation.</summary>
    ICargoAiBookingsClient Bookings { get; }
}
