using System.Collections.Concurrent;
using System.Net;
using AviationApis.AspNetCore;
using AviationApis.AspNetCore.CargoAi;
using AviationApis.AspNetCore.Processing;
using AviationApis.CargoAi.Callbacks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AviationApis.Reliability.Tests.Webhooks;

/// <summary>
/// One receiver instance in this process on Kestrel (127.0.0.1, port 0): the CargoAi endpoints (HMAC) over the given
/// durable inbox, its handler counting runs per delivery key into a <see cref="HandledCounter"/> shared between instances.
/// </summary>
public sealed class InboxHost : IAsyncDisposable
{
    public const string ApiKey = "inbox-host-cargoai-key-0099";
    private readonly WebApplication _app;

    private InboxHost(WebApplication app, string name)
    {
        _app = app;
        Name = name;
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        BaseAddress = new Uri(address.TrimEnd('/') + "/");
    }

    public string Name { get; }

    public Uri BaseAddress { get; }

    public WebhookInboxAdmin Admin => _app.Services.GetRequiredService<WebhookInboxAdmin>();

    public static async Task<InboxHost> StartAsync(string name, InboxLocation store, HandledCounter counter, Action<AviationWebhookOptions>? configure = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(counter);
        builder.Services.AddSingleton(new InstanceName(name));
        if (store.Kind == InboxLocation.Postgres)
        {
            builder.Services.AddAviationWebhookPostgresInbox(o => o.ConnectionString = store.Value);
        }
        else
        {
            builder.Services.AddAviationWebhookSqliteInbox(o =>
            {
                o.Path = store.Value;
                o.BusyTimeout = TimeSpan.FromSeconds(1);
            });
        }

        builder.Services.AddAviationWebhooks(o =>
        {
            o.PollInterval = TimeSpan.FromMilliseconds(100);
            configure?.Invoke(o);
        });
        builder.Services.AddCargoAiCallbackHandler<CountingHandler>(o => o.Verifier = CargoAiCallbackVerifier.Hmac(ApiKey));
        var app = builder.Build();
        app.MapCargoAiCallbacks("/hooks/cargoai");
        await app.StartAsync();
        var host = new InboxHost(app, name);
        return host;
    }

    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        await _app.StopAsync(timeout.Token);
        await _app.DisposeAsync();
    }

    /// <summary>Posts one signed callback.</summary>
    public async Task<HttpStatusCode> PostAsync(HttpClient http, byte[] body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(BaseAddress, "hooks/cargoai/flywindow")) { Content = new ByteArrayContent(body) };
        request.Headers.TryAddWithoutValidation(CargoAiCallbackVerifier.HmacHeaderName, CargoAiCallbackVerifier.ComputeHmacSignature(ApiKey, body));
        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }

    /// <summary>The instance's name, for the counter.</summary>
    public sealed record InstanceName(string Value);

    /// <summary>Handler runs per delivery key and per instance, across every instance of a test.</summary>
    public sealed class HandledCounter
    {
        public ConcurrentDictionary<string, int> PerKey { get; } = new(StringComparer.Ordinal);

        public ConcurrentDictionary<string, int> PerInstance { get; } = new(StringComparer.Ordinal);
    }

    private sealed class CountingHandler(HandledCounter counter, InstanceName instance) : ICargoAiCallbackHandler
    {
        public Task HandleAsync(CargoAiCallbackDelivery delivery, CancellationToken cancellationToken = default)
        {
            counter.PerKey.AddOrUpdate(delivery.DeliveryKey, 1, (_, n) => n + 1);
            counter.PerInstance.AddOrUpdate(instance.Value, 1, (_, n) => n + 1);
            return Task.CompletedTask;
        }
    }
}
