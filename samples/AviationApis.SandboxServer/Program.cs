// The AviationApis sandbox on Kestrel: CargoAi, Cangooroo and Avinode/SchedAero emulators under fixed prefixes, for
// tools in any language. Any non-empty credentials are accepted unless Sandbox:* settings name specific ones; every
// protocol rule (headers, timestamps, tokens, call order) is still enforced.
//
//   dotnet run --project samples/AviationApis.SandboxServer -- --urls http://127.0.0.1:5080
using System.Globalization;
using AviationApis.Sandbox;
using AviationApis.Sandbox.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

var builder = WebApplication.CreateSlimBuilder(args);
if (string.IsNullOrEmpty(builder.Configuration[WebHostDefaults.ServerUrlsKey]))
{
    builder.WebHost.UseUrls("http://127.0.0.1:5080");
}

var section = builder.Configuration.GetSection("Sandbox");
var options = new AviationSandboxOptions
{
    CargoAiApiKey = Setting(section, "CargoAi:ApiKey"),
    CangoorooUsername = Setting(section, "Cangooroo:Username"),
    CangoorooPassword = Setting(section, "Cangooroo:Password"),
    AvinodeApiToken = Setting(section, "Avinode:ApiToken"),
    AvinodeAuthorizationToken = Setting(section, "Avinode:AuthorizationToken"),
    AvinodeRateLimitPerHour = int.TryParse(section["Avinode:RateLimitPerHour"], NumberStyles.Integer, CultureInfo.InvariantCulture, out var limit) && limit > 0 ? limit : 1000,
};

var sandbox = new AviationSandbox(options);
var app = builder.Build();
app.UseAviationSandbox(sandbox);
app.Lifetime.ApplicationStarted.Register(() =>
{
    var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
    foreach (var address in addresses)
    {
        var root = address.TrimEnd('/');
        Console.WriteLine($"AviationApis sandbox on {root}");
        Console.WriteLine($"  CargoAi    {root}{SandboxPrefixes.CargoAi}");
        Console.WriteLine($"  Cangooroo  {root}{SandboxPrefixes.Cangooroo}  (then ws/Rest/Flight.svc/{{Method}})");
        Console.WriteLine($"  SchedAero  {root}{SandboxPrefixes.SchedAero}");
        Console.WriteLine($"  Avinode    {root}{SandboxPrefixes.Avinode}  (webhook settings)");
        Console.WriteLine("Point the samples at it with, for example:");
        Console.WriteLine($"  CargoAi__BaseAddress={root}{SandboxPrefixes.CargoAi} Cangooroo__BaseAddress={root}{SandboxPrefixes.Cangooroo} Avinode__BaseAddress={root}{SandboxPrefixes.SchedAero} Avinode__WebhookBaseAddress={root}{SandboxPrefixes.Avinode}");
    }

    Console.WriteLine($"Credentials: CargoAi {Mode(options.CargoAiApiKey)}, Cangooroo {Mode(options.CangoorooUsername ?? options.CangoorooPassword)}, Avinode {Mode(options.AvinodeApiToken ?? options.AvinodeAuthorizationToken)}; Avinode rate limit {options.AvinodeRateLimitPerHour} calls per hour per connection.");
});

await app.RunAsync();

static string? Setting(IConfiguration section, string key) => string.IsNullOrWhiteSpace(section[key]) ? null : section[key];

static string Mode(string? configured) => configured is null ? "accepts any non-empty credentials" : "checks the configured credentials";
