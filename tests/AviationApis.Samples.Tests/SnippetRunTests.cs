using AviationApis.Avinode.DependencyInjection;
using AviationApis.Avinode.Resources;
using AviationApis.Avinode.SchedAero;
using AviationApis.CargoAi;
using AviationApis.Sandbox;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Snippets;

namespace AviationApis.Samples.Tests;

/// <summary>
/// The README snippets that need nothing but the APIs, run end to end on the embedded sandbox (registered by the
/// README's own sandbox snippet): they compile, and they also work as written. The others only compile.
/// </summary>
public sealed class SnippetRunTests : IDisposable
{
    private readonly CancellationTokenSource _bound = new(TimeSpan.FromMinutes(2));   // a hang fails, it does not block CI

    private CancellationToken Ct => _bound.Token;

    public void Dispose() => _bound.Dispose();

    [Fact]
    public async Task The_CargoAi_snippets_create_a_user_search_book_track_and_cancel()
    {
        await using var provider = Build(out _);
        var cargoAi = provider.GetRequiredService<ICargoAiClient>();

        var user = await CargoAiUser.RunAsync(provider);
        var bookable = (await CargoAiSearch.RunAsync(cargoAi, Ct)).ToList();
        var cancelled = await CargoAiBooking.RunAsync(cargoAi, bookable, Ct);

        Assert.NotNull(user);
        Assert.NotEmpty(bookable);
        Assert.Equal(bookable[0].FlightUuid, cancelled.FlightUuid);
    }

    [Fact]
    public async Task The_CargoAi_package_readme_snippet_registers_searches_and_books()
    {
        await using var provider = Build(out _);
        var bookingUser = new AviationApis.CargoAi.Booking.BookingUser
        {
            Email = "ada@forwarder.example", FirstName = "Ada", LastName = "Lovelace", Iata = "1234567", Cass = "0001", Country = "FR",
        };

        var booking = await CargoAiPackageUse.RunAsync(provider, bookingUser);

        Assert.False(string.IsNullOrEmpty(booking.FlightUuid));
    }

    [Fact]
    public void The_CargoAi_callback_snippet_accepts_a_signed_callback_and_refuses_a_forged_one()
    {
        var body = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "cargoai-flywindow-callback.seed-example.json"));
        var signature = Convert.ToBase64String(System.Security.Cryptography.HMACSHA256.HashData("callback-key"u8, body));

        var accepted = CargoAiCallbacks.Run("callback-key", body, Request("cargoai-api-key", signature));
        var forged = CargoAiCallbacks.Run("another-key", body, Request("cargoai-api-key", signature));

        Assert.IsType<Microsoft.AspNetCore.Http.HttpResults.Ok<AviationApis.CargoAi.Callbacks.FlyWindowCallback>>(accepted);
        Assert.IsType<Microsoft.AspNetCore.Http.HttpResults.UnauthorizedHttpResult>(forged);
    }

    [Fact]
    public async Task The_Cangooroo_package_readme_snippet_books_once_and_cancels()
    {
        await using var provider = Build(out var sandbox, out var configuration);

        // The snippet's registration goes to a collection of its own; the calls use the sandbox-backed provider.
        var cancellation = await CangoorooPackageQuickStart.RunAsync(new ServiceCollection(), configuration, provider);

        Assert.NotNull(cancellation);
        Assert.Equal(1, sandbox.Cangooroo.BookingCount);
    }

    [Fact]
    public async Task The_Avinode_webhook_settings_snippet_subscribes_and_unsubscribes()
    {
        await using var provider = Build(out _);
        var acme = provider.GetRequiredService<ISchedAeroClientFactory>().Get("AcmeJets");

        await AvinodeWebhookSettings.RunAsync(acme, "snippet-webhook-secret", Ct);

        var settings = (await acme.Webhooks.ListAsync(Ct)).Data!;
        Assert.Contains(settings, s => s.DisplayName == "Acme contact and quote changes" && !s.Active);
    }

    [Fact]
    public async Task The_Cangooroo_snippet_searches_quotes_books_once_and_cancels()
    {
        await using var provider = Build(out var sandbox);

        var cancellation = await CangoorooFlow.RunAsync(provider);

        Assert.NotNull(cancellation);
        Assert.Equal(1, sandbox.Cangooroo.BookingCount);
    }

    [Fact]
    public async Task The_Avinode_snippets_read_a_contact_link_it_to_a_crm_and_save_a_quote_pdf_under_the_vendors_name()
    {
        await using var provider = Build(out _);
        var folder = Directory.CreateTempSubdirectory("snippets-").FullName;
        try
        {
            var person = await AvinodeContact.RunAsync(provider, "contact-123456789", NullLogger.Instance, Ct);
            var acme = provider.GetRequiredService<ISchedAeroClientFactory>().Get("AcmeJets");
            await AvinodeQuotePdf.RunAsync(acme, new ResourceId("schedaero-quote-123456789"), folder, Ct);

            Assert.False(string.IsNullOrEmpty(person.LastName));
            var file = Assert.Single(Directory.GetFiles(folder));
            Assert.DoesNotContain("123456789", Path.GetFileName(file), StringComparison.Ordinal);   // not named after the id
            Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(File.ReadAllBytes(file), 0, 4), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task The_sandbox_server_snippet_starts_and_stops_a_server_on_loopback()
    {
        await SandboxPackageKestrel.RunAsync();
    }

    private static Microsoft.AspNetCore.Http.HttpRequest Request(string header, string value)
    {
        var context = new Microsoft.AspNetCore.Http.DefaultHttpContext();
        context.Request.Headers[header] = value;
        return context.Request;
    }

    private static ServiceProvider Build(out AviationSandbox sandbox) => Build(out sandbox, out _);

    private static ServiceProvider Build(out AviationSandbox sandbox, out IConfiguration configurationRoot)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["CargoAi:ApiKey"] = "snippet-key",
            ["CargoAi:BaseAddress"] = "https://cargoai.sandbox.invalid/solutions/",
            ["CargoAi:PollInterval"] = "00:00:00.050",
            ["Cangooroo:BaseAddress"] = "https://ws-snippets.cangooroo.invalid/",
            ["Cangooroo:Username"] = "agency",
            ["Cangooroo:Password"] = "snippet-password",
            ["Avinode:BaseAddress"] = "https://schedaero.sandbox.invalid/api/",
            ["Avinode:WebhookBaseAddress"] = "https://avinode.sandbox.invalid/api/",
            ["Avinode:MarketplaceBaseAddress"] = "https://avinode.sandbox.invalid/api/",
            ["Avinode:ApiToken"] = "snippet-api-token",
            ["Avinode:AuthorizationToken"] = "snippet-bearer",
            ["Avinode:Product"] = "Snippet tests v1",
        }).Build();
        configurationRoot = configuration;
        var services = new ServiceCollection();
        services.AddLogging();
        sandbox = SandboxInProcess.Run(services, configuration);
        services.AddAvinodeClient("AcmeJets", configuration.GetSection("Avinode")).UseAvinodeSandbox(sandbox);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}
