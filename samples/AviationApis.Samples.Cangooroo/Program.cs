// The idiomatic host setup for the Cangooroo client: configuration from appsettings.json, environment variables
// (Cangooroo__Username, Cangooroo__Password) and the command line; without Cangooroo:BaseAddress it runs on the sandbox.
using AviationApis.Cangooroo;
using AviationApis.Cangooroo.Search;
using AviationApis.Samples;
using AviationApis.Sandbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NodaTime;

var builder = Host.CreateApplicationBuilder(args);
var onSandbox = SandboxFallback.Apply(builder.Configuration, "Cangooroo", SandboxFallback.Cangooroo);
var cangooroo = builder.Services.AddCangoorooClient(builder.Configuration.GetSection("Cangooroo"));
if (onSandbox)
{
    cangooroo.UseCangoorooSandbox(new AviationSandbox());
}

using var host = builder.Build();
var client = host.Services.GetRequiredService<ICangoorooFlightClient>();

var departure = LocalDate.FromDateTime(DateTime.UtcNow).PlusDays(30);
var result = await client.SearchAsync(new FlightSearchCriteria
{
    Origin = "GRU", Destination = "GIG", DepartureDate = departure, ReturnDate = departure.PlusDays(7), Adults = 1, Nationality = "BR",
});

Console.WriteLine($"Cangooroo ({(onSandbox ? "embedded sandbox" : builder.Configuration["Cangooroo:BaseAddress"])}): GRU ⇄ GIG, {result.Solutions.Count} solution(s), token valid until {result.ExpiresAt:HH:mm} UTC");
foreach (var solution in result.Solutions)
{
    var outbound = solution.Departures.FirstOrDefault();
    Console.WriteLine($"  {solution.Provider}: {solution.Price} — {outbound?.FlightNumber} {outbound?.DepartureTime:uuuu-MM-dd HH:mm} ({outbound?.Stops ?? 0} stop(s)), {solution.Returns.Count} return option(s)");
}

// Before booking, the vendor requires the cancellation policies of the chosen options (and prices may have changed):
var first = result.Solutions[0];
var quote = await client.GetCancellationPoliciesAsync(result.Select(first, first.Departures[0], first.Returns.FirstOrDefault()));
Console.WriteLine(quote.PriceChange.HasChanged
    ? $"  price changed since the search: {quote.PriceChange.SearchPrice} → {quote.PriceChange.CurrentPrice}"
    : $"  price confirmed: {quote.PriceChange.CurrentPrice}");
