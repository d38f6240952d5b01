using System.Collections.Concurrent;
using System.Net;
using System.Text;
using AviationApis.Avinode.Marketplace;
using AviationApis.Avinode.Options;
using AviationApis.Avinode.SchedAero;
using AviationApis.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using RichardSzalay.MockHttp;

namespace AviationApis.Avinode.Tests.Infrastructure;

/// <summary>One or more Avinode connections over MockHttp, on a stepping fake clock, with fake logging and recorded requests.</summary>
internal sealed class AvinodeHarness : IDisposable
{
    public const string ApiToken = "229B8C9E-B3F2-4FA6-8BAE-71DF00943C0E";
    public const string AuthorizationToken = "mF_9.B5f-4.1JqMklj3498dfoFWrw-89qnavn.8234Klnj843jw09ksU";
    public const string Product = "Smart Flight Finder v2.3";
    public static readonly Uri SchedAeroBase = new(AvinodeClientOptions.SchedAeroSandboxBaseAddress);
    public static readonly Uri WebhookBase = new(AvinodeClientOptions.AvinodeSandboxBaseAddress);

    private readonly ServiceProvider _services;

    public AvinodeHarness(Action<AvinodeClientOptions>? configure = null, Action<IServiceCollection, AvinodeHarness>? services = null)
    {
        var collection = new ServiceCollection();
        collection.AddSingleton<TimeProvider>(Time);
        collection.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddFakeLogging());
        services?.Invoke(collection, this);
        collection.AddAvinodeClient(options =>
            {
                Defaults(options);
                configure?.Invoke(options);
            })
            .ConfigurePrimaryHttpMessageHandler(() => Mock);
        Mock.Fallback.Respond(RespondAsync);
        _services = collection.BuildServiceProvider();
        Logs = _services.GetFakeLogCollector();
    }

    public SteppingTimeProvider Time { get; } = new();

    public MockHttpMessageHandler Mock { get; } = new();

    public FakeLogCollector Logs { get; }

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    /// <summary>Answers each request; the default answers 404.</summary>
    public Func<RecordedRequest, HttpRequestMessage, HttpResponseMessage> Handler { get; set; } = (_, _) => new HttpResponseMessage(HttpStatusCode.NotFound);

    public IServiceProvider Services => _services;

    public ISchedAeroClient Client => _services.GetRequiredService<ISchedAeroClient>();

    public IAvinodeMarketplaceClient Marketplace => _services.GetRequiredService<IAvinodeMarketplaceClient>();

    public static void Defaults(AvinodeClientOptions options)
    {
        options.ApiToken = ApiToken;
        options.AuthorizationToken = AuthorizationToken;
        options.Product = Product;

        // MockHttp answers in-process: nothing reaches the vendor's sandbox, which automated tests must not call.
        options.AllowVendorSandboxInTestHost = true;
        options.Pipeline.UseJitter = false;
        options.Pipeline.AttemptTimeout = Timeout.InfiniteTimeSpan;

        // The total budget (1 h) is longer than the longest wait Run() steps to (10 min), so the clock never jumps to
        // it while an attempt is in flight; retry delays and rate-limit waits under 10 min still run in virtual time.
        options.Pipeline.TotalTimeout = TimeSpan.FromHours(1);
        options.Pipeline.CircuitBreakerEnabled = false;
    }

    public static HttpResponseMessage Json(string json, HttpStatusCode status = HttpStatusCode.OK) =>
        new(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    public static HttpResponseMessage Data(string dataJson) => Json($$$"""{"data": {{{dataJson}}}, "meta": {}}""");

    public static HttpResponseMessage Errors(HttpStatusCode status, string errorsJson) =>
        Json($$$"""{"meta": {"errors": {{{errorsJson}}}, "warnings": [], "infos": []}}""", status);

    public Task<T> Run<T>(Func<ISchedAeroClient, Task<T>> call) => Time.RunAsync(() => call(Client), TimeSpan.FromMinutes(10));

    public Task<T> RunMarketplace<T>(Func<IAvinodeMarketplaceClient, Task<T>> call) => Time.RunAsync(() => call(Marketplace), TimeSpan.FromMinutes(10));

    public void Dispose() => _services.Dispose();

    private async Task<HttpResponseMessage> RespondAsync(HttpRequestMessage request)
    {
        var recorded = await RecordedRequest.FromAsync(request);
        Requests.Enqueue(recorded);
        return Handler(recorded, request);
    }
}

/// <summary>What one attempt put on the wire (headers copied at send time: the message is reused by retries).</summary>
internal sealed record RecordedRequest(HttpMethod Method, Uri Uri, IReadOnlyDictionary<string, string> Headers, string? Body, string? ContentType)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    public static async Task<RecordedRequest> FromAsync(HttpRequestMessage request)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in request.Headers.NonValidated)
        {
            headers[header.Key] = string.Join(", ", header.Value);
        }

        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync();
        return new RecordedRequest(request.Method, request.RequestUri!, headers, body, request.Content?.Headers.ContentType?.ToString());
    }
}
