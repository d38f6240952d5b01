using AviationApis.Core.Http;
using AviationApis.Core.Pipeline;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RichardSzalay.MockHttp;

namespace AviationApis.OpenTelemetry.Tests.Infrastructure;

/// <summary>A named client with the full pipeline over MockHttp, on a fake clock that never moves by itself.</summary>
internal sealed class PipelineClient : IDisposable
{
    public static readonly Uri Base = new("http://127.0.0.1:5000/api/");
    public static readonly ApiOperation Read = new("Test.Read", Idempotency.Idempotent);

    private readonly ServiceProvider _services;
    private readonly string _name;

    public PipelineClient(string name, Action<AviationPipelineOptions>? configure = null)
    {
        _name = name;
        var options = new AviationPipelineOptions
        {
            UseJitter = false,
            RetryBaseDelay = TimeSpan.Zero,
            AttemptTimeout = Timeout.InfiniteTimeSpan,
            TotalTimeout = Timeout.InfiniteTimeSpan,
            CircuitBreakerEnabled = false,
        };
        configure?.Invoke(options);
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(Time);
        services.AddMetrics();
        services.AddHttpClient(name)
            .AddAviationPipeline(_ => new AviationPipelineSettings { ClientName = name, AllowedBaseAddresses = [Base], Options = options })
            .ConfigurePrimaryHttpMessageHandler(() => Mock);
        _services = services.BuildServiceProvider();
    }

    public FakeTimeProvider Time { get; } = new();

    public MockHttpMessageHandler Mock { get; } = new();

    public IServiceProvider Services => _services;

    public Task<HttpResponseMessage> SendAsync(string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, ApiUri.Combine(Base, path)).SetOperation(Read);
        return _services.GetRequiredService<IHttpClientFactory>().CreateClient(_name).SendAsync(request);
    }

    public void Dispose() => _services.Dispose();

    /// <summary>A client name no other test uses: the SDK listens process-wide, so each test reads only its own tags.</summary>
    public static string UniqueName() => "Otel-" + Guid.NewGuid().ToString("N");
}
