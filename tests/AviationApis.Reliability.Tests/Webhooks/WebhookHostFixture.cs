using System.Net;
using AviationApis.AspNetCore;
using AviationApis.AspNetCore.Avinode;
using AviationApis.AspNetCore.CargoAi;
using AviationApis.AspNetCore.Inbox;
using AviationApis.AspNetCore.Processing;
using AviationApis.CargoAi.Callbacks;
using AviationApis.Reliability.Tests.Secrets;
using AviationApis.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace AviationApis.Reliability.Tests.Webhooks;

/// <summary>An application on Kestrel (127.0.0.1, port 0), its inbox in a temporary SQLite file, with the CargoAi callback endpoints (HMAC with the webhook secret) and the Avinode webhook endpoint (Basic with the client identifier and secret).</summary>
public sealed class WebhookHostFixture : IAsyncLifetime
{
    /// <summary>The largest accepted body.</summary>
    public const long MaxBodyBytes = 256 * 1024;

    /// <summary>The client identifier Avinode sends with the secret (Basic credentials).</summary>
    public const string AvinodeClientIdentifier = "reliability-hooks";

    private WebApplication? _app;

    /// <summary>The handler probe.</summary>
    public CallbackProbe Probe { get; } = new();

    /// <summary>The application's logs, at Trace.</summary>
    public FakeLogCollector Logs { get; } = new();

    /// <summary>The SQLite inbox file.</summary>
    public string InboxPath { get; } = AviationApis.AspNetCore.Tests.Inbox.TestDirectory.NewFile("fixture", ".db");

    /// <summary>The inbox's admin API.</summary>
    public WebhookInboxAdmin Admin => _app!.Services.GetRequiredService<WebhookInboxAdmin>();

    /// <summary>Waits (bounded) until nothing is pending, so no handler run is still to come.</summary>
    public async Task<InboxStatistics> WaitUntilIdleAsync()
    {
        var deadline = DateTime.UtcNow + SteppingTimeProvider.RealTimeGuard;
        while (true)
        {
            var statistics = await Admin.GetStatisticsAsync();
            if (statistics.Pending == 0 || DateTime.UtcNow > deadline)
            {
                return statistics;
            }

            await Task.Delay(20);
        }
    }

    /// <summary><c>http://127.0.0.1:PORT/</c>.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>A client for the endpoints (no pipeline: the vendor's side).</summary>
    public HttpClient Http { get; } = new() { Timeout = TimeSpan.FromSeconds(30) };

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders().SetMinimumLevel(LogLevel.Trace).AddProvider(new FakeLoggerProvider(Logs));
        builder.Services.AddSingleton(Probe);
        builder.Services.AddAviationWebhookSqliteInbox(o => o.Path = InboxPath);
        builder.Services.AddAviationWebhooks(o =>
        {
            o.MaxBodyBytes = MaxBodyBytes;
            o.PollInterval = TimeSpan.FromMilliseconds(50);
        });
        builder.Services.AddCargoAiCallbackHandler<CallbackProbe.Handler>(o => o.Verifier = CargoAiCallbackVerifier.Hmac(TestSecrets.CargoAiWebhookSecret));
        builder.Services.AddAvinodeWebhookHandler<CallbackProbe.AvinodeHandler>(o =>
        {
            o.ClientIdentifier = AvinodeClientIdentifier;
            o.ClientSecret = TestSecrets.AvinodeWebhookSecret;
            o.Connections["second-company"] = new AvinodeWebhookConnection { ClientIdentifier = AvinodeClientIdentifier + "-2", ClientSecret = TestSecrets.AvinodeWebhookSecret };
        });
        _app = builder.Build();
        _app.MapCargoAiCallbacks("/hooks/cargoai");
        _app.MapAvinodeWebhooks("/hooks/avinode");
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        BaseAddress = new Uri(address.TrimEnd('/') + "/");
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        Http.Dispose();
        if (_app is not null)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await _app.StopAsync(timeout.Token);
            await _app.DisposeAsync();
        }
    }
}
