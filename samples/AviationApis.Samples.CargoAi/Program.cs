// The idiomatic host setup for the CargoAi client: configuration from appsettings.json, environment variables
// (CargoAi__ApiKey) and the command line (--CargoAi:ApiKey ...); without CargoAi:BaseAddress it runs on the sandbox.
using AviationApis.CargoAi;
using AviationApis.CargoAi.Search;
using AviationApis.CargoAi.Shipments;
using AviationApis.Samples;
using AviationApis.Sandbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NodaTime;

var builder = Host.CreateApplicationBuilder(args);
var onSandbox = SandboxFallback.Apply(builder.Configuration, "CargoAi", SandboxFallback.CargoAi);
var cargoAi = builder.Services.AddCargoAiClient(builder.Configuration.GetSection("CargoAi"));
if (onSandbox)
{
    cargoAi.UseCargoAiSandbox(new AviationSandbox());
}

using var host = builder.Build();
var client = host.Services.GetRequiredService<ICargoAiClient>();

var shipment = new Shipment { Pieces = 2, Weight = 180m, Volume = 1.2m };
var departure = LocalDate.FromDateTime(DateTime.UtcNow).PlusDays(7);
var result = await client.Search.SearchAsync(new SearchRequest
{
    Origin = "CDG", Destination = "SIN", DepartureDate = departure, Shipment = shipment,
    User = new SearchUser { Email = "ops@forwarder.example" },
});

Console.WriteLine($"CargoAi ({(onSandbox ? "embedded sandbox" : builder.Configuration["CargoAi:BaseAddress"])}): CDG → SIN on {departure:uuuu-MM-dd}, chargeable weight {ChargeableWeight.Calculate(shipment):0.##} kg");
foreach (var flight in result.Flights ?? [])
{
    var bookable = flight.Bookability;
    var price = flight.Rates is { Count: > 0 } rates ? $"{rates[0].Total} {rates[0].Currency}" : "no rate";
    Console.WriteLine($"  {flight.AirlineCode} {flight.FlightNumber} {flight.DepartureTime:uuuu-MM-dd HH:mm} {price} {(bookable.IsBookable ? "bookable" : "not bookable: " + bookable.Reason)}");
}
