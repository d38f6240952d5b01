using AviationApis.Benchmarks.Infrastructure;
using AviationApis.Benchmarks.Payloads;
using AviationApis.Core.Http;
using AviationApis.Core.Signing;
using BenchmarkDotNet.Attributes;

namespace AviationApis.Benchmarks.LargeResponses;

/// <summary>
/// Group 2, large responses: a Cangooroo search with 5,000 solutions (≈20 MB, UTF-8 BOM) and a CargoAi search with
/// 2,000 flights, deserialized from the response stream. The floor is raw STJ source-gen from the same stream.
/// Peak working set is measured in fresh child processes (see <see cref="PeakWorkingSetColumn"/>).
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory("LargeResponses")]
[Config(typeof(LargeResponseConfig))]
public partial class LargeResponseBenchmarks
{
    /// <summary>The Cangooroo scenario.</summary>
    public const string Cangooroo = "Cangooroo 5,000 solutions";

    /// <summary>The CargoAi scenario.</summary>
    public const string CargoAi = "CargoAi 2,000 flights";

    private static readonly Uri CangoorooBase = new("https://ws.cangooroo.net/ws/Rest/Flight.svc/");
    private static readonly Uri CargoAiBase = new("https://api.cargoai.co/solutions/");
    private static readonly ApiOperation CangoorooSearch = new("Cangooroo.Search", Idempotency.Idempotent);
    private static readonly ApiOperation CargoAiSearch = new("CargoAi.Search", Idempotency.Idempotent);
    private static readonly byte[] SearchBody = "{\"origin\":\"SIN\",\"destination\":\"CDG\",\"departureDate\":\"2026-11-10\"}"u8.ToArray();

    private CannedResponseHandler _handler = null!;
    private HttpClient _raw = null!;
    private CorePipelineHost _pipeline = null!;

    /// <summary>The scenario.</summary>
    [Params(Cangooroo, CargoAi)]
    public string Scenario { get; set; } = Cangooroo;

    /// <summary>Generates a scenario's payload.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <returns>The bytes.</returns>
    public static byte[] CreatePayload(string scenario) =>
        scenario == Cangooroo ? PayloadGenerator.CangoorooSearch(5_000) : PayloadGenerator.CargoAiSearch(2_000);

    /// <summary>Builds the contenders.</summary>
    [GlobalSetup]
    public void Setup()
    {
        Setup(CreatePayload(Scenario));
    }

    /// <summary>Builds the contenders over a given payload (also used by the peak-working-set probe).</summary>
    /// <param name="payload">The bytes.</param>
    public void Setup(byte[] payload)
    {
        _handler = new CannedResponseHandler(payload);
        _raw = new HttpClient(_handler, disposeHandler: false);
        _pipeline = Scenario == Cangooroo
            ? new CorePipelineHost(_handler, "Cangooroo", _ => new ApiKeyHeaderSigner("x-benchmark", "unused-credential-0123456789"))
            : new CorePipelineHost(_handler, "CargoAi", _ => new ApiKeyHeaderSigner("x-api-key", Credentials.CargoAiApiKey));
        PhaseTwoSetup();
    }

    /// <summary>Releases the contenders.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        _raw.Dispose();
        _pipeline.Dispose();
        PhaseTwoCleanup();
    }

    /// <summary>The floor: raw HttpClient, STJ source-gen from the response stream.</summary>
    [Benchmark(Baseline = true, Description = "Raw HttpClient + STJ source-gen")]
    public async Task<int> RawStj()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Uri()) { Content = RawHttp.Json(SearchBody) };
        if (Scenario == Cangooroo)
        {
            var result = await RawHttp.SendAsync(_raw, request, PascalCaseJsonContext.Instance.CangoorooSearchResponse).ConfigureAwait(false);
            return result.Solutions.Count;
        }

        request.Headers.TryAddWithoutValidation("x-api-key", Credentials.CargoAiApiKey);
        var flights = await RawHttp.SendAsync(_raw, request, CamelCaseJsonContext.Instance.CargoSearchResponse).ConfigureAwait(false);
        return flights.Flights.Count;
    }

    /// <summary>Core's full default pipeline + <see cref="ApiResponses.ReadJsonAsync{T}"/>.</summary>
    [Benchmark(Description = "AviationApis.Core pipeline")]
    public async Task<int> CorePipeline()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Uri()) { Content = RawHttp.Json(SearchBody) };
        if (Scenario == Cangooroo)
        {
            var result = await _pipeline.SendAsync(request, CangoorooSearch, PascalCaseJsonContext.Instance.CangoorooSearchResponse).ConfigureAwait(false);
            return result.Solutions.Count;
        }

        var flights = await _pipeline.SendAsync(request, CargoAiSearch, CamelCaseJsonContext.Instance.CargoSearchResponse).ConfigureAwait(false);
        return flights.Flights.Count;
    }

    partial void PhaseTwoSetup();

    partial void PhaseTwoCleanup();

    private static readonly Uri CangoorooSearchUri = ApiUri.Combine(CangoorooBase, "Search");
    private static readonly Uri CargoAiSearchUri = ApiUri.Combine(CargoAiBase, "search");

    private Uri Uri() => Scenario == Cangooroo ? CangoorooSearchUri : CargoAiSearchUri;
}
