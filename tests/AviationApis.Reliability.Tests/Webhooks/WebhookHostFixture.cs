using System.Net;
using AviationApis.AspNetCore;
using AviationApis.AspNetCore.Avinode;
using AviationApis.AspNetCore.CargoAi;
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

namespace AviationApis.Reliability.Tests.Webhooks;

/// <summary>An application on Kestrel (127.0.0.1, port 0) with the CargoAi callback endpoints (HMAC with the webhook secret) and the Avinode webhook endpoint (Basic with the client identifier and secret).</summary>
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
    public CapturingLoggerProvider Logs { get; } = new();

    /// <summary><c>http://127.0.0.1:PORT/</c>.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>A client for the endpoints (no pipeline: the vendor's side).</summary>
    public HttpClient Http { get; } = new() { Timeout = TimeSpan.FromSeconds(30) };

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders().SetMinimumLevel(LogLevel.Trace).AddProvider(Logs);
        builder.Services.AddSingleton(Probe);
        builder.Services.AddAviationWebhooks(o => o.MaxBodyBytes = MaxBodyBytes);
        builder.Services.AddCargoAiCallbackHandler<CallbackProbe.Handler>(o => o.Verifier = CargoAiCallbackVerifier.Hmac(TestSecrets.CargoAiWebhookSecret));
        builder.Services.AddAvinodeWebhookHandler<CallbackProbe.AvinodeHandler>(o =>
        {
            o.ClientIdentifier = AvinodeClientIdentifier;
            o.ClientSecret = TestSecrets.AvinodeWebhookSecret;
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
