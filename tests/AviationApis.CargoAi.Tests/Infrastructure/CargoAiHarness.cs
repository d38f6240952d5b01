using System.Collections.Concurrent;
using System.Net;
using System.Text;
using AviationApis.CargoAi;
using AviationApis.CargoAi.Options;
using AviationApis.Core.Pipeline;
using AviationApis.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using RichardSzalay.MockHttp;

namespace AviationApis.CargoAi.Tests.Infrastructure;

/// <summary>The default CargoAi client over MockHttp, at a prefixed base address, on a stepping fake clock, with fake logging.</summary>
internal sealed class CargoAiHarness : IDisposable
{
    public const string ApiKey = "ck_live_9f8e7d6c5b4a3210fedcba98";
    public const string Base = "http://127.0.0.1:5000/some/prefix/";

    private readonly ServiceProvider _services;

    public CargoAiHarness(Action<CargoAiClientOptions>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(Time);
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddFakeLogging());
        services.AddCargoAiClient(o =>
            {
                o.BaseAddress = new Uri(Base);
                o.ApiKey = ApiKey;
                o.Pipeline = new AviationPipelineOptions { UseJitter = false, AttemptTimeout = Timeout.InfiniteTimeSpan, RetryBaseDelay = TimeSpan.FromSeconds(1) };
                configure?.Invoke(o);
            })
            .ConfigurePrimaryHttpMessageHandler(() => Mock);
        _services = services.BuildServiceProvider();
        Logs = _services.GetFakeLogCollector();
        Client = _services.GetRequiredService<ICargoAiClient>();
    }

    public SteppingTimeProvider Time { get; } = new();

    public MockHttpMessageHandler Mock { get; } = new();

    public FakeLogCollector Logs { get; }

    public ICargoAiClient Client { get; }

    public ConcurrentQueue<CapturedRequest> Requests { get; } = new();

    /// <summary>Answers <paramref name="method"/> <paramref name="path"/> with the given responses in turn (the last one repeats), capturing every request.</summary>
    public void Respond(HttpMethod method, string path, params (HttpStatusCode Status, string Body)[] responses)
    {
        var queue = new ConcurrentQueue<(HttpStatusCode, string)>(responses);
        var last = responses[^1];
        Mock.When(method, Base + path).Respond(async request =>
        {
            var body = request.Content is null ? null : await request.Content.ReadAsStringAsync();
            Requests.Enqueue(new CapturedRequest(request.Method, request.RequestUri!, request.Headers.ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase), body));
            var (status, text) = queue.TryDequeue(out var next) ? next : last;
            return new HttpResponseMessage(status) { Content = new StringContent(text, Encoding.UTF8, "application/json") };
        });
    }

    /// <summary>
    /// The longest wait the clock steps to (poll intervals, retry delays, server-requested waits): shorter than the
    /// default total budget (100 s), which runs beside the attempts and must never be reached while one is in flight.
    /// </summary>
    public static readonly TimeSpan LongestWait = TimeSpan.FromSeconds(99);

    public Task<T> RunAsync<T>(Func<ICargoAiClient, Task<T>> call) => Time.RunAsync(() => call(Client), LongestWait);

    public static string Payload(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Payloads", name));

    public void Dispose() => _services.Dispose();

    internal sealed record CapturedRequest(HttpMethod Method, Uri Uri, IReadOnlyDictionary<string, string> Headers, string? Body);
}
