using AviationApis.Cangooroo;
using AviationApis.Cangooroo.Booking;
using AviationApis.Cangooroo.Errors;
using AviationApis.Cangooroo.Search;
using AviationApis.Reliability.Tests.Matrix;
using AviationApis.Reliability.Tests.Secrets;
using AviationApis.Reliability.Tests.Server;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace AviationApis.Reliability.Tests.Targets;

/// <summary>
/// The Cangooroo client: GetServiceDetails (read), Cancel (idempotent command), Booking (non-idempotent; its flow's
/// Search and GetCancellationPolicies are answered well and not scripted).
/// </summary>
public sealed class CangoorooTarget : IMatrixTarget
{
    /// <summary>The search criteria matching the vendor's sample answer.</summary>
    public static FlightSearchCriteria Criteria => new()
    {
        Origin = "GRU",
        Destination = "GIG",
        DepartureDate = new LocalDate(2020, 1, 20),
        ReturnDate = new LocalDate(2020, 1, 26),
        Adults = 1,
        ChildrenAges = [],
        Nationality = "BR",
        Cabin = CabinClass.All,
        Luggage = LuggagePreference.Both,
    };

    /// <summary>The vendor's sample passenger.</summary>
    public static Passenger Passenger => new()
    {
        Name = "test", Surname = "NoBook", Age = 25, Cpf = "011.400.289-22", Title = "Mr", IsChild = false,
        Address = "Rua do Rocio", City = "São Paulo", ZipCode = "04552000", State = "São Paulo", AddressNumber = "123",
        Email = "emailtest@t4w.com.br", PhoneAreaCode = "11", PhoneCountryCode = "55", PhoneNumber = "40028922",
    };

    /// <summary>The test card.</summary>
    public static PaymentCard Card => new()
    {
        Holder = "Nikolas K", Number = TestSecrets.CardNumber, SecurityCode = TestSecrets.CardSecurityCode,
        ExpiryYear = 2035, ExpiryMonth = 12, Installments = 3, Brand = CardBrand.Visa,
    };

    /// <inheritdoc />
    public string Name => "Cangooroo";

    /// <inheritdoc />
    public string BasePath => "cangooroo/";

    /// <inheritdoc />
    public IReadOnlyList<string> Secrets => [TestSecrets.CangoorooPassword];

    /// <inheritdoc />
    public IReadOnlyList<MatrixOperation> Operations { get; } =
    [
        new(OperationClass.IdempotentRead, "Cangooroo.GetServiceDetails", "/ws/Rest/Flight.svc/GetServiceDetails", Payloads.Read("cangooroo-details-response.json"), "[1,2,3]", true,
            (sp, ct) => Client(sp).GetServiceDetailsAsync("379", ct)),
        new(OperationClass.IdempotentCommand, "Cangooroo.Cancel", "/ws/Rest/Flight.svc/Cancel", Payloads.Read("cangooroo-cancel-response.json"), "[1,2,3]", true,
            (sp, ct) => Client(sp).CancelAsync("379", ct)),
        new(OperationClass.NonIdempotentCreate, "Cangooroo.Booking", "/ws/Rest/Flight.svc/Booking", Payloads.Read("cangooroo-booking-response.json"), "[1,2,3]", true, BookAsync)
        {
            UnknownOutcome = typeof(BookingOutcomeUnknownException),
            Setup = new RouteSetup("/Booking", new Dictionary<string, string>
            {
                ["/Search"] = Payloads.Read("cangooroo-search-response.json"),
                ["/GetCancellationPolicies"] = Payloads.Read("cangooroo-policies-response.json"),
            }),
        },
    ];

    /// <inheritdoc />
    public IHttpClientBuilder Register(IServiceCollection services, Uri baseAddress, MatrixBudget budget) =>
        services.AddCangoorooClient(o =>
        {
            o.BaseAddress = baseAddress;
            o.Username = "reliability-user";
            o.Password = TestSecrets.CangoorooPassword;
            budget.Apply(o.Pipeline);
        });

    /// <summary>Search, policies, then the booking (the scripted step).</summary>
    public static async Task BookAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var client = Client(services);
        var search = await client.SearchAsync(Criteria, cancellationToken);
        var quote = await client.GetCancellationPoliciesAsync(search.Select("17", "1", "2"), cancellationToken);
        await client.BookAsync(quote, [Passenger], Card, cancellationToken);
    }

    private static ICangoorooFlightClient Client(IServiceProvider services) => services.GetRequiredService<ICangoorooFlightClient>();
}
