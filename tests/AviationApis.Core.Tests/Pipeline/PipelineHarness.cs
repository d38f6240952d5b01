using System.Net;
using AviationApis.Core.Http;
using AviationApis.Core.Pipeline;
using AviationApis.Core.Signing;
using AviationApis.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using RichardSzalay.MockHttp;

namespace AviationApis.Core.Tests.Pipeline;

/// <summary>A named client with the full pipeline over MockHttp, on a stepping fake clock, with fake logging.</summary>
internal sealed class PipelineHarness : IDisposable
{
    public const string DefaultName = "Test";
    public static readonly Uri Base = new("http://127.0.0.1:5000/some/prefix/");

    private readonly ServiceProvider _services;
    private int _calls;

    /// <param name="configure">Changes the pipeline options.</param>
    /// <param name="signer">The signing stage's signer, if any.</param>
    /// <param name="name">The client's name.</param>
    /// <param name="server">The primary handler in place of <see cref="Mock"/> (which answers asynchronously), e.g. an
    /// <see cref="InlineHandler"/> that answers on the caller's thread.</param>
    public PipelineHarness(Action<AviationPipelineOptions>? configure = null, IRequestSigner? signer = null, string name = DefaultName, HttpMessageHandler? server = null)
    {
        Name = name;
        // Attempt timeouts are off unless a test is about them; the clock steps only to waits shorter than every budget.
        Options = new AviationPipelineOptions { UseJitter = false, AttemptTimeout = Timeout.InfiniteTimeSpan };
        configure?.Invoke(Options);
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(Time);
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddFakeLogging());
        services.AddHttpClient(Name)
            .AddAviationPipeline(_ => new AviationPipelineSettings { ClientName = Name, AllowedBaseAddresses = [Base], Options = Options, Signer = signer })
            .ConfigurePrimaryHttpMessageHandler(() => server ?? Mock);
        _services = services.BuildServiceProvider();
        Logs = _services.GetFakeLogCollector();
    }

    public string Name { get; }

    public SteppingTimeProvider Time { get; } = new();

    public MockHttpMessageHandler Mock { get; } = new();

    public FakeLogCollector Logs { get; }

    public AviationPipelineOptions Options { get; }

    public IServiceProvider Services => _services;

    public HttpClient Client => _services.GetRequiredService<IHttpClientFactory>().CreateClient(Name);

    /// <summary>How many calls reached the server through <see cref="AnswerEveryCall"/>.</summary>
    public int Calls => Volatile.Read(ref _calls);

    /// <summary>
    /// A harness whose circuit breaker opens once four calls in the sampling window failed at least half the time, with
    /// retries off so each call is one attempt.
    /// </summary>
    public static PipelineHarness WithBreakerOfFour(Action<AviationPipelineOptions>? configure = null) => new(o =>
    {
        o.MaxRetryAttempts = 0;
        o.CircuitBreakerMinimumThroughput = 4;
        o.CircuitBreakerFailureRatio = 0.5;
        configure?.Invoke(o);
    });

    /// <summary>
    /// A <see cref="WithBreakerOfFour"/> harness whose server answers every call with 500, after four calls of
    /// <paramref name="operation"/> have opened the circuit.
    /// </summary>
    public static async Task<PipelineHarness> WithOpenCircuitAsync(ApiOperation operation, Action<AviationPipelineOptions>? configure = null)
    {
        var harness = WithBreakerOfFour(configure);
        try
        {
            harness.AnswerEveryCall(HttpStatusCode.InternalServerError);
            await harness.SendManyAsync(4, operation);
            return harness;
        }
        catch
        {
            harness.Dispose();
            throw;
        }
    }

    /// <summary>Answers every call with <paramref name="status"/>, counting the calls in <see cref="Calls"/>.</summary>
    public void AnswerEveryCall(HttpStatusCode status) =>
        Mock.When("*").Respond(_ =>
        {
            Interlocked.Increment(ref _calls);
            return new HttpResponseMessage(status);
        });

    /// <summary>Sends <paramref name="count"/> calls of <paramref name="operation"/> that must come back as answers.</summary>
    public async Task SendManyAsync(int count, ApiOperation operation)
    {
        for (var i = 0; i < count; i++)
        {
            using var response = await SendAsync(Request(HttpMethod.Get, "x", operation));
        }
    }

    public static HttpRequestMessage Request(HttpMethod method, string path, ApiOperation operation, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, ApiUri.Combine(Base, path)) { Content = content };
        return request.SetOperation(operation);
    }

    /// <summary>The longest wait the clock steps to: shorter than every budget in force, which run beside real work.</summary>
    public TimeSpan LongestWait => new[] { Options.AttemptTimeout, Options.TotalTimeout, TimeSpan.FromHours(2) }.Where(t => t > TimeSpan.Zero).Min();

    /// <summary>Sends through the pipeline, stepping the clock through its waits (retry delays, rate-limit waits).</summary>
    public Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken = default) =>
        Time.RunAsync(() => Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken), LongestWait);

    public void Dispose() => _services.Dispose();
}
