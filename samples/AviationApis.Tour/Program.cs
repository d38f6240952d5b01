// The AviationApis tour: CargoAi, Cangooroo and Avinode end to end. Each client runs on the embedded sandbox unless its
// configuration section has a BaseAddress (appsettings.json, environment variables such as CargoAi__BaseAddress, or the
// command line). Usage: dotnet run --project samples/AviationApis.Tour [-- --only cargoai|cangooroo|avinode] [--verbose]
using AviationApis.Avinode.SchedAero;
using AviationApis.Cangooroo;
using AviationApis.CargoAi;
using AviationApis.Samples;
using AviationApis.Sandbox;
using AviationApis.Tour;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

var (only, verbose, hostArgs) = TourArguments.Parse(args);
if (only is not null && only is not ("cargoai" or "cangooroo" or "avinode"))
{
    Console.Error.WriteLine($"Unknown part '{only}': use --only cargoai, cangooroo or avinode.");
    return 2;
}

// appsettings.json sits beside the binary, wherever the tour is started from.
var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = hostArgs, ContentRootPath = AppContext.BaseDirectory });
var sandbox = new AviationSandbox();
var targets = new Dictionary<string, string>();

var cargoAiOnSandbox = SandboxFallback.Apply(builder.Configuration, "CargoAi", SandboxFallback.CargoAi);
var cargoAi = builder.Services.AddCargoAiClient(builder.Configuration.GetSection("CargoAi"));
targets["cargoai"] = cargoAiOnSandbox ? "embedded sandbox" : builder.Configuration["CargoAi:BaseAddress"]!;
if (cargoAiOnSandbox)
{
    cargoAi.UseCargoAiSandbox(sandbox);
}

var cangoorooOnSandbox = SandboxFallback.Apply(builder.Configuration, "Cangooroo", SandboxFallback.Cangooroo);
var cangooroo = builder.Services.AddCangoorooClient(builder.Configuration.GetSection("Cangooroo"));
targets["cangooroo"] = cangoorooOnSandbox ? "embedded sandbox" : builder.Configuration["Cangooroo:BaseAddress"]!;
if (cangoorooOnSandbox)
{
    cangooroo.UseCangoorooSandbox(sandbox);
}

var avinodeOnSandbox = SandboxFallback.Apply(builder.Configuration, "Avinode", SandboxFallback.Avinode);
var avinode = builder.Services.AddAvinodeClient(builder.Configuration.GetSection("Avinode"));
targets["avinode"] = avinodeOnSandbox ? "embedded sandbox" : builder.Configuration["Avinode:BaseAddress"]!;
if (avinodeOnSandbox)
{
    avinode.UseAvinodeSandbox(sandbox);
}

using var host = builder.Build();
var services = host.Services;
var time = services.GetRequiredService<TimeProvider>();
(string Key, Func<ITourPart> Create)[] parts =
[
    ("cargoai", () => new CargoAiTour(services.GetRequiredService<ICargoAiClient>(), time, targets["cargoai"])),
    ("cangooroo", () => new CangoorooTour(services.GetRequiredService<ICangoorooFlightClient>(), time, targets["cangooroo"])),
    ("avinode", () => new AvinodeTour(services.GetRequiredService<ISchedAeroClient>(), time, targets["avinode"])),
];

Console.WriteLine("AviationApis tour");
var reporter = new TourReporter(Console.Out);
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };
try
{
    foreach (var (key, create) in parts.Where(p => only is null || p.Key == only))
    {
        reporter.Starting(key);
        await create().RunAsync(reporter, cancel.Token); // resolving the client validates its configuration
    }
}
catch (Exception ex) when (ex is not OperationCanceledException || !cancel.IsCancellationRequested)
{
    // One readable line: what failed and the typed error (its message is redacted by the SDK).
    Console.WriteLine();
    Console.WriteLine($"✗ {reporter.CurrentPart}: \"{reporter.CurrentStep}\" failed: {ex.GetType().Name}: {ex.Message}");
    if (verbose)
    {
        Console.WriteLine(ex.ToString());
    }

    return 1;
}

Console.WriteLine();
Console.WriteLine("Tour complete: every step succeeded.");
return 0;
