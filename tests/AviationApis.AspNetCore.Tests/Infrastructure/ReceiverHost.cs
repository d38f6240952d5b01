using AviationApis.AspNetCore.Avinode;
using AviationApis.AspNetCore.CargoAi;
using AviationApis.AspNetCore.Inbox;
using AviationApis.AspNetCore.Processing;
using AviationApis.AspNetCore.Tests.Inbox;
using AviationApis.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace AviationApis.AspNetCore.Tests.Infrastructure;

/// <summary>An in-memory ASP.NET Core app with the endpoints mapped and recording handlers.</summary>
internal sealed class ReceiverHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ReceiverHost(WebApplication app, Recorder recorder)
    {
        _app = app;
        Recorded = recorder;
        Client = app.GetTestClient();
    }

    public HttpClient Client { get; }

    public Recorder Recorded { get; }

    public IServiceProvider Services => _app.Services;

    public WebhookInboxAdmin Admin => _app.Services.GetRequiredService<WebhookInboxAdmin>();

    public static async Task<ReceiverHost> StartAsync(
        Action<IServiceCollection> configure, Action<WebApplication>? map = null, bool holdHandler = false, string inboxKind = InboxKind.Memory, string? inboxLocation = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        var recorder = new Recorder(holdHandler);
        builder.Services.AddSingleton(recorder);
        InboxKind.Register(builder.Services, inboxKind, inboxLocation ?? await InboxKind.NewLocationAsync(inboxKind));
        builder.Services.AddAviationWebhooks(o =>
        {
            o.PollInterval = TimeSpan.FromMilliseconds(50);
            o.RetryBaseDelay = TimeSpan.FromMilliseconds(20);
            o.RetryMaxDelay = TimeSpan.FromMilliseconds(100);
        });
        configure(builder.Services);
        var app = builder.Build();
        if (map is null)
        {
            app.MapCargoAiCallbacks();
        }
        else
        {
            map(app);
        }

        await app.StartAsync();
        return new ReceiverHost(app, recorder);
    }

    /// <summary>Waits (bounded) until nothing is pending: every stored delivery was handled or parked dead, so no handler run is still to come.</summary>
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

    public static byte[] Payload(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Payloads", name));

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    /// <summary>Collects what the handlers received.</summary>
    public sealed class Recorder(bool hold)
    {
        private readonly List<object> _events = [];
        private readonly SemaphoreSlim _signal = new(0);

        /// <summary>Whether the CargoAi handler holds every delivery until the host stops (a gate never opened).</summary>
        public bool Holds => hold;

        public IReadOnlyList<object> Events
        {
            get
            {
                lock (_events)
                {
                    return [.. _events];
                }
            }
        }

        public void Add(object item)
        {
            lock (_events)
            {
                _events.Add(item);
            }

            _signal.Release();
        }

        /// <summary>Waits (bounded) until <paramref name="count"/> events arrived.</summary>
        public async Task WaitForAsync(int count)
        {
            var deadline = DateTime.UtcNow + SteppingTimeProvider.RealTimeGuard;
            while (Events.Count < count && DateTime.UtcNow < deadline)
            {
                await _signal.WaitAsync(TimeSpan.FromMilliseconds(100));
            }
        }
    }

    public sealed class RecordingAvinodeHandler(Recorder recorder) : IAvinodeWebhookHandler
    {
        public Task HandleAsync(AvinodeWebhookDelivery delivery, CancellationToken cancellationToken = default)
        {
            recorder.Add(delivery);
            return Task.CompletedTask;
        }
    }

    public sealed class RecordingCargoAiHandler(Recorder recorder) : ICargoAiCallbackHandler
    {
        public async Task HandleAsync(CargoAiCallbackDelivery delivery, CancellationToken cancellationToken = default)
        {
            if (recorder.Holds)
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }

            recorder.Add(delivery);
        }
    }
}
