using System.Text.Json;
using System.Text.Json.Serialization;
using AviationApis.CargoAi.Booking;
using AviationApis.CargoAi.Callbacks;
using AviationApis.CargoAi.Search;
using AviationApis.CargoAi.Users;
using AviationApis.Core.Json;

namespace AviationApis.CargoAi.Json;

/// <summary>The package's source-generated JSON metadata (camelCase, Core's tolerant options).</summary>
[JsonSerializable(typeof(CreateUserRequest))]
[JsonSerializable(typeof(UpdateUserRequest))]
[JsonSerializable(typeof(UserToken))]
[JsonSerializable(typeof(DeleteUserResult))]
[JsonSerializable(typeof(SearchRequest))]
[JsonSerializable(typeof(SearchResponse))]
[JsonSerializable(typeof(BookRequest))]
[JsonSerializable(typeof(BookingResult))]
[JsonSerializable(typeof(List<BookingDetails>))]
[JsonSerializable(typeof(CancelBookingWire))]
[JsonSerializable(typeof(CancellationResult))]
[JsonSerializable(typeof(FlyWindowCallback))]
[JsonSerializable(typeof(List<Flight>))]
internal sealed partial class CargoAiJsonContext : JsonSerializerContext
{
    /// <summary>The context every CargoAi read and write uses.</summary>
    public static CargoAiJsonContext Wire { get; } = new(AviationJsonOptions.Create(JsonNamingPolicy.CamelCase));
}
