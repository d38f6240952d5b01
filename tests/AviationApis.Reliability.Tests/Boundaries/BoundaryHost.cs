using AviationApis.Avinode.Marketplace;
using AviationApis.Avinode.SchedAero;
using AviationApis.Cangooroo;
using AviationApis.CargoAi;
using AviationApis.Reliability.Tests.Secrets;
using AviationApis.Reliability.Tests.Telemetry;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AviationApis.Reliability.Tests.Boundaries;

/// <summary>
/// The three clients as a user's host registers them, every one configured for a prefixed base on one origin
/// (<c>http://127.0.0.1:PORT/&lt;vendor&gt;/…/</c>), with the escapable secrets, no retries (so counts are exact) and a
/// clock that steps one second per reading (so two signings of the same call carry different timestamps).
/// </summary>
public sealed class BoundaryHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    /// <summary>Registers the clients for <paramref name="root"/>.</summary>
    /// <param name="root">The origin's root, e.g. <c>http://127.0.0.1:5000/</c> (an https root is allowed too).</param>
    /// <param name="capture">Captures logs, when given.</param>
    /// <param name="connections">Replaces the primary handler with one that counts the bytes read, when given.</param>
    public BoundaryHost(Uri root, TelemetryCapture? capture = null, CountingConnections? connections = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(new SteppingTimeProvider());
        if (capture is not null)
        {
            services.AddLogging(l => l.SetMinimumLevel(LogLevel.Trace).AddProvider(capture.CreateLogSink()));
        }

        Counted(connections, services.AddCargoAiClient(o =>
        {
            o.BaseAddress = CargoAiBase(root);
            o.ApiKey = TestSecrets.EscapableApiKey;
            Quick(o.Pipeline);
        }));
        Counted(connections, services.AddCangoorooClient(o =>
        {
            o.BaseAddress = CangoorooBase(root);
            o.Username = "boundary-user";
            o.Password = TestSecrets.EscapablePassword;
            Quick(o.Pipeline);
        }));
        Counted(connections, services.AddAvinodeClient(o =>
        {
            o.BaseAddress = SchedAeroBase(root);
            o.WebhookBaseAddress = AvinodeBase(root);
            o.MarketplaceBaseAddress = AvinodeBase(root);
            o.ApiToken = TestSecrets.EscapableAvinodeToken;
            o.AuthorizationToken = TestSecrets.EscapableBearerToken;
            o.Product = "AviationApis.Boundaries v1.0";
            Quick(o.Pipeline);
        }));
        _services = services.BuildServiceProvider();
    }

    /// <summary>Every secret the clients hold.</summary>
    public static IReadOnlyList<string> Secrets { get; } =
        [TestSecrets.EscapableApiKey, TestSecrets.EscapablePassword, TestSecrets.EscapableAvinodeToken, TestSecrets.EscapableBearerToken];

    /// <summary>Asserts that an error's full text holds none of the host's secrets, nor any test secret, in any spelling.</summary>
    public static void AssertNothingLeaked(Exception error) =>
        Assert.Empty(AviationApis.Testing.SecretScan.Find([error.ToString()], [.. Secrets, .. TestSecrets.All]));

    /// <summary>The CargoAi client.</summary>
    public ICargoAiClient CargoAi => _services.GetRequiredService<ICargoAiClient>();

    /// <summary>The Cangooroo client.</summary>
    public ICangoorooFlightClient Cangooroo => _services.GetRequiredService<ICangoorooFlightClient>();

    /// <summary>The SchedAero client.</summary>
    public ISchedAeroClient SchedAero => _services.GetRequiredService<ISchedAeroClient>();

    /// <summary>The Marketplace client.</summary>
    public IAvinodeMarketplaceClient Marketplace => _services.GetRequiredService<IAvinodeMarketplaceClient>();

    /// <summary>The CargoAi base under a root.</summary>
    public static Uri CargoAiBase(Uri root) => new(root, "cargo/solutions/");

    /// <summary>The Cangooroo base under a root.</summary>
    public static Uri CangoorooBase(Uri root) => new(root, "cangooroo/");

    /// <summary>The SchedAero base under a root.</summary>
    public static Uri SchedAeroBase(Uri root) => new(root, "schedaero/api/");

    /// <summary>The Avinode (Marketplace and webhook) base under a root.</summary>
    public static Uri AvinodeBase(Uri root) => new(root, "avinode/api/");

    /// <summary>Answers with a status, a JSON body and optional headers.</summary>
    public static async Task Answer(HttpContext context, int status, string body = "", params (string Name, string Value)[] headers)
    {
        context.Response.StatusCode = status;
        foreach (var (name, value) in headers)
        {
            context.Response.Headers[name] = value;
        }

        if (body.Length > 0)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(body);
        }
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _services.DisposeAsync();

    private static void Counted(CountingConnections? connections, IHttpClientBuilder builder)
    {
        if (connections is not null)
        {
            builder.ConfigurePrimaryHttpMessageHandler(connections.CreateHandler);
        }
    }

    private static void Quick(AviationApis.Core.Pipeline.AviationPipelineOptions pipeline)
    {
        pipeline.MaxRetryAttempts = 0;
        pipeline.AttemptTimeout = TimeSpan.FromSeconds(30);
        pipeline.TotalTimeout = TimeSpan.FromSeconds(60);
    }

    /// <summary>Real time plus one second more at each reading: every signing gets its own timestamp.</summary>
    private sealed class SteppingTimeProvider : TimeProvider
    {
        private long _readings;

        public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + TimeSpan.FromSeconds(Interlocked.Increment(ref _readings));
    }
}
