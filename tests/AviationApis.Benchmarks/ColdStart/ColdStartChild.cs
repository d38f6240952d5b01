using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using AviationApis.Benchmarks.Infrastructure;
using AviationApis.Benchmarks.Payloads;
using AviationApis.Core.Http;
using AviationApis.Core.Signing;

namespace AviationApis.Benchmarks.ColdStart;

/// <summary>
/// Child mode <c>--child cold-start &lt;mode&gt; &lt;payload file&gt;</c>: the first typed call of a fresh process.
/// Each mode lives in its own non-inlined method, so the JIT loads only the assemblies that mode uses.
/// </summary>
internal static partial class ColdStartChild
{
    public const string Raw = "raw";
    public const string Pipeline = "pipeline";
    public const string PipelinePhases = "pipeline-phases";
    public const string Factory = "factory";

    private static readonly Uri BaseAddress = new("https://api.cargoai.co/solutions/");

    public static int Run(string mode, string payloadFile)
    {
        var payload = File.ReadAllBytes(payloadFile);
        var watch = Stopwatch.StartNew();
        var flights = mode switch
        {
            Raw => RunRaw(payload),
            Pipeline => RunPipeline(payload),
            PipelinePhases => RunPipelinePhases(payload),
            Factory => RunFactory(payload),
            _ => RunOther(mode, payload),
        };
        watch.Stop();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"first-call-ms={watch.Elapsed.TotalMilliseconds}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"items={flights}"));
        return 0;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int RunRaw(byte[] payload)
    {
        using var http = new HttpClient(new CannedResponseHandler(payload));
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(BaseAddress, "search"))
        {
            Content = RawHttp.Json(JsonSerializer.SerializeToUtf8Bytes(SearchRequest(), CamelCaseJsonContext.Instance.CargoSearchRequest)),
        };
        request.Headers.TryAddWithoutValidation("x-api-key", Credentials.CargoAiApiKey);
        var result = RawHttp.SendAsync(http, request, CamelCaseJsonContext.Instance.CargoSearchResponse).GetAwaiter().GetResult();
        return result.Flights.Count;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int RunPipeline(byte[] payload)
    {
        using var host = new CorePipelineHost(new CannedResponseHandler(payload), "CargoAi", _ => new ApiKeyHeaderSigner("x-api-key", Credentials.CargoAiApiKey));
        using var request = new HttpRequestMessage(HttpMethod.Post, ApiUri.Combine(BaseAddress, "search"))
        {
            Content = JsonRequestContent.Create(SearchRequest(), CamelCaseJsonContext.Instance.CargoSearchRequest),
        };
        var result = host.SendAsync(request, new ApiOperation("CargoAi.Search", Idempotency.Idempotent), CamelCaseJsonContext.Instance.CargoSearchResponse).GetAwaiter().GetResult();
        return result.Flights.Count;
    }

    /// <summary>Reference: the same DI container, logging and IHttpClientFactory as the pipeline mode, without Core's stages.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int RunFactory(byte[] payload)
    {
        var services = new Microsoft.Extensions.DependencyInjection.ServiceCollection();
        NoOpLoggerProvider.AddLogging(services);
        var builder = Microsoft.Extensions.DependencyInjection.HttpClientFactoryServiceCollectionExtensions.AddHttpClient(services, "CargoAi");
        Microsoft.Extensions.DependencyInjection.HttpClientBuilderExtensions.ConfigurePrimaryHttpMessageHandler(builder, () => new CannedResponseHandler(payload));
        using var provider = Microsoft.Extensions.DependencyInjection.ServiceCollectionContainerBuilderExtensions.BuildServiceProvider(services);
        var http = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<IHttpClientFactory>(provider).CreateClient("CargoAi");
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(BaseAddress, "search"))
        {
            Content = RawHttp.Json(JsonSerializer.SerializeToUtf8Bytes(SearchRequest(), CamelCaseJsonContext.Instance.CargoSearchRequest)),
        };
        request.Headers.TryAddWithoutValidation("x-api-key", Credentials.CargoAiApiKey);
        var result = RawHttp.SendAsync(http, request, CamelCaseJsonContext.Instance.CargoSearchResponse).GetAwaiter().GetResult();
        return result.Flights.Count;
    }

    /// <summary>The pipeline mode with a lap time per phase (profiling aid: where the cold start goes).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int RunPipelinePhases(byte[] payload)
    {
        var watch = Stopwatch.StartNew();
        if (Environment.GetEnvironmentVariable("AVIATIONAPIS_BENCH_STAGES_FIRST") == "1")
        {
            var options = new Core.Pipeline.AviationPipelineOptions();
            var instruments = Core.Pipeline.AviationTelemetry.CreateInstruments(null);
            Lap(watch, "core: instruments (meter)");
            var settings = new Core.Pipeline.AviationPipelineSettings { ClientName = "x", AllowedBaseAddresses = [BaseAddress], Options = options };
            var resilience = new Polly.ResiliencePipelineBuilder<HttpResponseMessage>();
            Core.Pipeline.AviationResilience.Configure(resilience, settings, TimeProvider.System, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance, instruments);
            _ = resilience.Build();
            Lap(watch, "core: resilience pipeline (Polly)");
            _ = new Core.Pipeline.TelemetryHandler("x", options, new Core.Redaction.Redactor([]), Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance, TimeProvider.System, instruments);
            Lap(watch, "core: telemetry stage");
        }

        var services = new Microsoft.Extensions.DependencyInjection.ServiceCollection();
        NoOpLoggerProvider.AddLogging(services);
        Lap(watch, "register logging");
        var builder = Microsoft.Extensions.DependencyInjection.HttpClientFactoryServiceCollectionExtensions.AddHttpClient(services, "CargoAi");
        Lap(watch, "register http client");
        Core.Pipeline.HttpClientBuilderExtensions.AddAviationPipeline(builder, sp => new Core.Pipeline.AviationPipelineSettings
        {
            ClientName = "CargoAi",
            AllowedBaseAddresses = [BaseAddress],
            Options = new Core.Pipeline.AviationPipelineOptions(),
            Signer = new ApiKeyHeaderSigner("x-api-key", Credentials.CargoAiApiKey),
        });
        Microsoft.Extensions.DependencyInjection.HttpClientBuilderExtensions.ConfigurePrimaryHttpMessageHandler(builder, () => new CannedResponseHandler(payload));
        Lap(watch, "register pipeline");
        using var provider = Microsoft.Extensions.DependencyInjection.ServiceCollectionContainerBuilderExtensions.BuildServiceProvider(services);
        Lap(watch, "build provider");
        var factory = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<IHttpClientFactory>(provider);
        Lap(watch, "resolve factory");
        var http = factory.CreateClient("CargoAi");
        Lap(watch, "create client (handler chain)");
        using var request = new HttpRequestMessage(HttpMethod.Post, ApiUri.Combine(BaseAddress, "search"))
        {
            Content = JsonRequestContent.Create(SearchRequest(), CamelCaseJsonContext.Instance.CargoSearchRequest),
        };
        request.SetOperation(new ApiOperation("CargoAi.Search", Idempotency.Idempotent));
        Lap(watch, "build request");
        using var response = http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead).GetAwaiter().GetResult();
        Lap(watch, "send (pipeline)");
        var result = ApiResponses.ReadJsonAsync(response, CamelCaseJsonContext.Instance.CargoSearchResponse, null, CancellationToken.None).GetAwaiter().GetResult();
        Lap(watch, "deserialize");
        return result.Flights.Count;
    }

    private static void Lap(Stopwatch watch, string phase)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"phase {phase,-30} {watch.Elapsed.TotalMilliseconds,7:0.0} ms"));
        watch.Restart();
    }

    private static int RunOther(string mode, byte[] payload)
    {
        var flights = -1;
        RunPhaseTwo(mode, payload, ref flights);
        return flights >= 0 ? flights : throw new ArgumentException($"Unknown cold-start mode '{mode}'.", nameof(mode));
    }

    static partial void RunPhaseTwo(string mode, byte[] payload, ref int flights);

    private static CargoSearchRequest SearchRequest() => new()
    {
        Origin = "SIN",
        Destination = "CDG",
        DepartureDate = "2026-11-10",
        Shipment = new CargoShipment { Pieces = 2, Weight = 250, Volume = 1.2m },
    };
}
