using AviationApis.CargoAi.Booking;
using AviationApis.CargoAi.Errors;
using AviationApis.CargoAi.Options;
using AviationApis.CargoAi.Search;
using AviationApis.CargoAi.Shipments;
using AviationApis.CargoAi.Users;
using AviationApis.Core.Errors;
using AviationApis.Sandbox;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace AviationApis.CargoAi.Tests.Booking;

/// <summary>Bookability and the AWB rule against the sandbox: the client refuses what the vendor would refuse, and books the rest.</summary>
public sealed class SandboxBookingTests
{
    private static readonly BookingUser User = new()
    {
        Email = "ada@forwarder.example", FirstName = "Ada", LastName = "Lovelace", Iata = "1234567", Cass = "0001", Country = "FR",
    };

    private static async Task<(ServiceProvider Services, ICargoAiClient Client, IReadOnlyList<Flight> Flights)> SearchAsync()
    {
        var sandbox = new AviationSandbox();
        var services = new ServiceCollection();
        services.AddCargoAiClient(o =>
        {
            o.BaseAddress = new Uri(CargoAiClientOptions.DevelopmentBaseAddress);
            o.ApiKey = "sandbox-key";
            o.PollInterval = TimeSpan.FromMilliseconds(20);
        }).UseCargoAiSandbox(sandbox);
        var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<ICargoAiClient>();
        await client.Users.CreateAsync(new CreateUserRequest
        {
            FirstName = "Ada", LastName = "Lovelace", Email = "ada@forwarder.example", CompanyName = "Forwarder SAS", CountryCode = "FR",
            IataCode = "1234567", CassCode = "0001", OfficeAirportCode = "CDG",
        });
        var result = await client.Search.SearchAsync(new SearchRequest
        {
            Origin = "CDG", Destination = "SIN", DepartureDate = LocalDate.FromDateTime(DateTime.UtcNow).PlusDays(7),
            Shipment = new Shipment { Pieces = 1, Weight = 100m, Volume = 1m },
            User = new SearchUser { Email = "ada@forwarder.example" },
        });
        return (provider, client, result.Flights!);
    }

    [Fact]
    public async Task The_coloader_option_says_why_and_where_to_book_and_is_refused_before_sending()
    {
        var (services, client, flights) = await SearchAsync();
        using var _ = services;
        var coloader = flights[0];

        Assert.Equal(FlightBookabilityProblem.ColoaderRate, coloader.Bookability.Problem);
        Assert.Contains("auth=", coloader.Bookability.FlyWindowLink!.Query, StringComparison.Ordinal);
        var ex = await Assert.ThrowsAsync<CargoAiNotBookableException>(() => client.Bookings.BookAsync(
            new BookRequest { User = User, Flight = coloader, Rate = coloader.Rates![0] }));
        Assert.Equal(FlightBookabilityProblem.ColoaderRate, ex.Problem);
        await Assert.ThrowsAsync<ResourceNotFoundException>(() => client.Bookings.TrackAsync(coloader.FlightUuid!));
    }

    [Fact]
    public async Task The_manual_rate_is_refused_and_the_airline_rate_of_the_same_flight_books_with_an_AWB_of_its_prefix()
    {
        var (services, client, flights) = await SearchAsync();
        using var _ = services;
        var flight = flights[3];
        Assert.True(flight.Bookability.AwbRequired);
        Assert.Equal(["000"], flight.Bookability.AwbPrefixes);

        var manual = await Assert.ThrowsAsync<CargoAiNotBookableException>(() => client.Bookings.BookAsync(
            new BookRequest { User = User, Flight = flight, Rate = flight.Rates![1], Awb = "000-12345675" }));
        var noAwb = await Assert.ThrowsAsync<ValidationFailedException>(() => client.Bookings.BookAsync(
            new BookRequest { User = User, Flight = flight, Rate = flight.Rates![0] }));
        await Assert.ThrowsAsync<ResourceNotFoundException>(() => client.Bookings.TrackAsync(flight.FlightUuid!));

        var booking = await client.Bookings.BookAsync(new BookRequest { User = User, Flight = flight, Rate = flight.Rates![0], Awb = "000-12345675" });

        Assert.Equal(FlightBookabilityProblem.ManualRate, manual.Problem);
        Assert.Equal("awb", Assert.Single(noAwb.FieldErrors).Field);
        Assert.Equal(BookingStatus.PendingDelivery, booking.BookingStatus);
        Assert.Equal("000-12345675", booking.Awb);
    }

    [Fact]
    public async Task A_flight_with_an_optional_AWB_books_without_one()
    {
        var (services, client, flights) = await SearchAsync();
        using var _ = services;
        var flight = flights.First(f => f.Bookability is { IsBookable: true, AwbRequired: false });

        var booking = await client.Bookings.BookAsync(new BookRequest { User = User, Flight = flight, Rate = flight.Rates![0] });

        Assert.Equal(BookingStatus.PendingDelivery, booking.BookingStatus);
        Assert.StartsWith("000-", booking.Awb, StringComparison.Ordinal);
    }
}
