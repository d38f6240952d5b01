using AviationApis.CargoAi;
using AviationApis.CargoAi.Booking;
using AviationApis.CargoAi.Users;
using AviationApis.Reliability.Tests.Matrix;
using AviationApis.Reliability.Tests.Secrets;
using Microsoft.Extensions.DependencyInjection;

namespace AviationApis.Reliability.Tests.Targets;

/// <summary>The CargoAi client: get-user-token (read), update-user (idempotent command), book (non-idempotent).</summary>
public sealed class CargoAiTarget : IMatrixTarget
{
    /// <summary>A user-token answer (carries the portal token, a credential).</summary>
    public static readonly string UserTokenBody =
        $$$"""{"status":"Activated","message":"Successful request: User updated successfully","token":"{{{TestSecrets.CargoAiUserToken}}}","link":"https://app.dev.cargoai.co/f?auth={{{TestSecrets.CargoAiUserToken}}}","office":{"countryCode":"FR"}}""";

    /// <summary>A booking answer.</summary>
    public const string BookingBody = """{"flightUUID":"cea884fc-a000-11ee-9471-a61fc42e35dd","bookingStatus":"PENDING_DELIVERY","awb":"000-00042652","handlingCodes":["GCR"],"description":"Booking confirmed by the airline"}""";

    /// <inheritdoc />
    public string Name => "CargoAi";

    /// <inheritdoc />
    public string BasePath => "cargoai/solutions/";

    /// <inheritdoc />
    public IReadOnlyList<string> Secrets => [TestSecrets.ApiKey];

    /// <inheritdoc />
    public IReadOnlyList<MatrixOperation> Operations { get; } =
    [
        new(OperationClass.IdempotentRead, "CargoAi.Users.GetToken", "/users", UserTokenBody, "[1,2,3]", true,
            (sp, ct) => Client(sp).Users.GetTokenAsync("ada@forwarder.example", ct)),
        new(OperationClass.IdempotentCommand, "CargoAi.Users.Update", "/users", UserTokenBody, "[1,2,3]", true,
            (sp, ct) => Client(sp).Users.UpdateAsync(
                new UpdateUserRequest
                {
                    FirstName = "Ada", LastName = "Lovelace", Email = "ada@forwarder.example", CompanyName = "Forwarder SAS",
                    Offices = [new UserOffice { CountryCode = "FR", IataCode = "1234567", CassCode = "0001", OfficeAirportCode = "CDG" }],
                },
                ct)),
        new(OperationClass.NonIdempotentCreate, "CargoAi.Book", "/book", BookingBody, "[1,2,3]", true, BookAsync),
    ];

    /// <summary>A classic booking (flight UUID + rate id).</summary>
    public static Task BookAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        Client(services).Bookings.BookAsync(
            new BookRequest
            {
                User = new BookingUser { Email = "ada@forwarder.example", FirstName = "Ada", LastName = "Lovelace", Iata = "1234567", Cass = "0001", Country = "FR" },
                FlightUuid = "cea884fc-a000-11ee-9471-a61fc42e35dd",
                RateId = "d88ea3ab-864e-11ef-9f4f-465af58dc8d0",
            },
            cancellationToken);

    /// <inheritdoc />
    public IHttpClientBuilder Register(IServiceCollection services, Uri baseAddress, MatrixBudget budget) =>
        services.AddCargoAiClient(o =>
        {
            o.BaseAddress = baseAddress;
            o.ApiKey = TestSecrets.ApiKey;
            budget.Apply(o.Pipeline);
        });

    private static ICargoAiClient Client(IServiceProvider services) => services.GetRequiredService<ICargoAiClient>();
}
