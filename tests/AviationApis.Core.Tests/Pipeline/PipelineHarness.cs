using AviationApis.Core.Http;
using AviationApis.Core.Pipeline;
using AviationApis.Core.Signing;
using AviationApis.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RichardSzalay.MockHttp;

namespace AviationApis.Core.Tests.Pipeline;

/// <summary>A named client with the full pipeline over MockHttp, on a manual clock, with captured logs.</summary>
internal sealed class PipelineHarness : IDisposable
{
    public const string DefaultName = "Test";
    public static readonly Uri Base = new("http://127.0.0.1:5000/some/prefix/");

    private readonly ServiceProvider _services;

    public PipelineHarness(Action<AviationPipelineOptions>? configure = null, IRequestSigner? signer = null, string name = DefaultName)
    {
        Name = name;
        // Attempt timeouts are off unless a test is about them, so the virtual clock never races an attempt in flight.
        Options = new AviationPipelineOptions { UseJitter = false, AttemptTimeout = Timeout.InfiniteTimeSpan };
        configure?.Invoke(Options);
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(Time);
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(Logs));
        services.AddHttpClient(Name)
            .AddAviationPipeline(_ => new AviationPipelineSettings { ClientName = Name, AllowedBaseAddresses = [Base], Options = Options, Signer = signer })
            .ConfigurePrimaryHttpMessageHandler(() => Mock);
        _services = services.BuildServiceProvider();
    }

    public string Name { get; }

    public ManualTimeProvider Time { get; } = new();

    public MockHttpMessageHandler Mock { get; } = new();

    public CapturingLoggerProvider Logs { get; } = new();

    public AviationPipelineOptions Options { get; }

    public IServiceProvider Services => _services;

    public HttpClient Client => _services.GetRequiredService<IHttpClientFactory>().CreateClient(Name);

    public static HttpRequestMessage Request(HttpMethod method, string path, ApiOperation operation, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, ApiUri.Combine(Base, path)) { Content = content };
        return request.SetOperation(operation);
    }

    public Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken = default) =>
        Time.RunAsync(() => Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken));

    public void Dispose() => _services.Dispose();
}
