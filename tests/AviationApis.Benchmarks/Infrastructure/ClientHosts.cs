using AviationApis.Avinode.Resources;
using AviationApis.Avinode.SchedAero;
using AviationApis.Cangooroo;
using AviationApis.CargoAi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AviationApis.Benchmarks.Infrastructure;

/// <summary>
/// The real client packages, registered as a user would (default pipeline options, logging enabled at Information
/// into a provider that writes nothing), with the in-memory handler plugged in through
/// <c>ConfigurePrimaryHttpMessageHandler</c> on the builder each <c>AddXxxClient</c> returns.
/// </summary>
internal static class ClientHosts
{
    public const string CargoAiBase = "https://api.dev.cargoai.co/solutions/";
    public const string SchedAeroBase = "https://sandbox-schedaero.avinode.com/api/";
    public const string CangoorooBase = "https://ws-sandbox.cangooroo.net/";

    public static ServiceProvider CargoAi(HttpMessageHandler handler)
    {
        var services = Services();
        services.AddCargoAiClient(o =>
            {
                o.BaseAddress = new Uri(CargoAiBase);
                o.ApiKey = Credentials.CargoAiApiKey;
            })
            .ConfigurePrimaryHttpMessageHandler(() => handler);
        return services.BuildServiceProvider();
    }

    public static ServiceProvider Avinode(HttpMessageHandler handler)
    {
        var services = Services();
        services.AddAvinodeClient(o =>
            {
                o.BaseAddress = new Uri(SchedAeroBase);
                o.ApiToken = Credentials.AvinodeApiToken;
                o.AuthorizationToken = Credentials.AvinodeBearer;
                o.Product = Credentials.AvinodeProduct;
            })
            .ConfigurePrimaryHttpMessageHandler(() => handler);
        return services.BuildServiceProvider();
    }

    public static ServiceProvider Cangooroo(HttpMessageHandler handler)
    {
        var services = Services();
        services.AddCangoorooClient(o =>
            {
                o.BaseAddress = new Uri(CangoorooBase);
                o.Username = "benchmark-user";
                o.Password = "benchmark-password-0123456789";
            })
            .ConfigurePrimaryHttpMessageHandler(() => handler);
        return services.BuildServiceProvider();
    }

    public static ICargoAiClient CargoAiClient(this IServiceProvider services) => services.GetRequiredService<ICargoAiClient>();

    public static ISchedAeroClient SchedAeroClient(this IServiceProvider services) => services.GetRequiredService<ISchedAeroClient>();

    public static ICangoorooFlightClient CangoorooClient(this IServiceProvider services) => services.GetRequiredService<ICangoorooFlightClient>();

    private static ServiceCollection Services()
    {
        var services = new ServiceCollection();
        services.AddLogging(builder => builder.SetMinimumLevel(LogLevel.Information).AddProvider(new NoOpLoggerProvider()));
        return services;
    }
}

/// <summary>Typed requests the client benchmarks send (the same searches the mirror contenders post).</summary>
internal static class ClientRequests
{
    public static readonly CargoAi.Search.SearchRequest CargoAiSearch = new()
    {
        Origin = "SIN",
        Destination = "CDG",
        DepartureDate = new NodaTime.LocalDate(2026, 11, 10),
        Shipment = new CargoAi.Shipments.Shipment { Pieces = 2, Weight = 250, Volume = 1.2m },
        User = new CargoAi.Search.SearchUser { Email = "forwarder@example.com", FirstName = "Ada", LastName = "Forwarder", CompanyName = "Example Freight" },
    };

    public static readonly Cangooroo.Search.FlightSearchCriteria CangoorooSearch = new()
    {
        Origin = "GRU",
        Destination = "JFK",
        DepartureDate = new NodaTime.LocalDate(2026, 12, 10),
        ReturnDate = new NodaTime.LocalDate(2026, 12, 17),
        Nationality = "BR",
    };

    public static readonly ResourceId Contact = new("contact-123456789");

    public static readonly ResourceLink QuotePdf = new() { Href = ClientHosts.SchedAeroBase + "streams/quotes/schedaero-quote-123456789" };
}
