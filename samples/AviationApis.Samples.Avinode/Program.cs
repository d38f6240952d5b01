// The idiomatic host setup for the Avinode SchedAero client: configuration from appsettings.json, environment variables
// (Avinode__AuthorizationToken, ...) and the command line; without Avinode:BaseAddress it runs on the sandbox.
// The application's API token is part of the application (Avinode's checklist), not something its users configure.
using AviationApis.Avinode.Resources;
using AviationApis.Avinode.SchedAero;
using AviationApis.Samples;
using AviationApis.Sandbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

var builder = Host.CreateApplicationBuilder(args);
var onSandbox = SandboxFallback.Apply(builder.Configuration, "Avinode", SandboxFallback.Avinode);
builder.Configuration["Avinode:Product"] ??= "AviationApis Avinode sample v0.1";
var avinode = builder.Services.AddAvinodeClient(builder.Configuration.GetSection("Avinode"));
if (onSandbox)
{
    avinode.UseAvinodeSandbox(new AviationSandbox());
}

using var host = builder.Build();
var schedAero = host.Services.GetRequiredService<ISchedAeroClient>();

var trip = await schedAero.GetTripAsync(new ResourceId("schedaero-trip-123456789"), SchedAeroFields.TripAvinodeOrigin);
Console.WriteLine($"Avinode ({(onSandbox ? "embedded sandbox" : builder.Configuration["Avinode:BaseAddress"])}): trip {trip.Data.TripNumber}, origin {trip.Data.Origin ?? "SchedAero"}");
var reports = await schedAero.GetTripReportsAsync(trip.Data.Id);
foreach (var report in reports.Data)
{
    Console.WriteLine($"  tripsheet {report.Report?.Name}");
}

if (schedAero.RateLimit is { } rate)
{
    Console.WriteLine($"  rate limit: {rate.Remaining} of {rate.Limit} calls left this hour");
}
