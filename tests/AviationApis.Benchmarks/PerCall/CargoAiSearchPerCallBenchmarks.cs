using System.Text.Json;
using AviationApis.Benchmarks.Infrastructure;
using AviationApis.Benchmarks.Payloads;
using AviationApis.Core.Http;
using AviationApis.Core.Signing;
using Azure.Core;
using Azure.Core.Pipeline;
using BenchmarkDotNet.Attributes;
using RestSharp;

namespace AviationApis.Benchmarks.PerCall;

/// <summary>
/// Group 1, per-call overhead: one CargoAi search (POST with a JSON body, <c>x-api-key</c>, a ≈2 KB response) per
/// operation, every contender against the same in-memory handler. The floor is raw <see cref="HttpClient"/> +
/// source-generated System.Text.Json.
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory("PerCall")]
public partial class CargoAiSearchPerCallBenchmarks
{
    private static readonly Uri BaseAddress = new("https://api.cargoai.co/solutions/");
    private static readonly ApiOperation Search = new("CargoAi.Search", Idempotency.Idempotent);
    private static readonly CargoSearchRequest Request = new()
    {
        Origin = "SIN",
        Destination = "CDG",
        DepartureDate = "2026-11-10",
        Shipment = new CargoShipment { Pieces = 2, Weight = 250, Volume = 1.2m },
    };

    private CannedResponseHandler _handler = null!;
    private HttpClient _raw = null!;
    private CorePipelineHost _pipeline = null!;
    private RestClient _restSharp = null!;
    private HttpPipeline _azure = null!;
    private Uri _uri = null!;

    /// <summary>The response body.</summary>
    public static byte[] Payload { get; } = PayloadGenerator.CargoAiSearch(1);

    /// <summary>Builds every contender once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _handler = new CannedResponseHandler(Payload);
        _uri = ApiUri.Combine(BaseAddress, "search");
        _raw = new HttpClient(_handler, disposeHandler: false);
        _pipeline = new CorePipelineHost(_handler, "CargoAi", _ => new ApiKeyHeaderSigner("x-api-key", Credentials.CargoAiApiKey));
        _restSharp = RestSharpClients.Create(_handler, BaseAddress, CamelCaseJsonContext.Instance.Options);
        _azure = AzurePipelines.Create(_handler);
        PhaseTwoSetup();
    }

    /// <summary>Releases the contenders.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        _raw.Dispose();
        _pipeline.Dispose();
        _restSharp.Dispose();
        PhaseTwoCleanup();
    }

    /// <summary>The floor: raw HttpClient + source-generated STJ.</summary>
    [Benchmark(Baseline = true, Description = "Raw HttpClient + STJ source-gen")]
    public Task<CargoSearchResponse> RawHttpClient() => SendRawAsync(CreateRawRequest(_uri));

    /// <summary>The hand-written search request: the JSON body serialized per call and the <c>x-api-key</c> header.</summary>
    /// <param name="uri">The search URI.</param>
    /// <returns>The request.</returns>
    internal static HttpRequestMessage CreateRawRequest(Uri uri)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, uri)
        {
            Content = RawHttp.Json(JsonSerializer.SerializeToUtf8Bytes(Request, CamelCaseJsonContext.Instance.CargoSearchRequest)),
        };
        request.Headers.TryAddWithoutValidation("x-api-key", Credentials.CargoAiApiKey);
        return request;
    }

    /// <summary>Core's full default pipeline + STJ source-gen (<see cref="ApiResponses.ReadJsonAsync{T}"/>).</summary>
    [Benchmark(Description = "AviationApis.Core pipeline")]
    public async Task<CargoSearchResponse> CorePipeline()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, _uri)
        {
            Content = JsonRequestContent.Create(Request, CamelCaseJsonContext.Instance.CargoSearchRequest),
        };
        return await _pipeline.SendAsync(request, Search, CamelCaseJsonContext.Instance.CargoSearchResponse).ConfigureAwait(false);
    }

    /// <summary>RestSharp 114 with its System.Text.Json serializer on the source-generated options.</summary>
    [Benchmark(Description = "RestSharp 114")]
    public async Task<CargoSearchResponse> RestSharp()
    {
        var request = new RestRequest("search", Method.Post).AddJsonBody(Request).AddHeader("x-api-key", Credentials.CargoAiApiKey);
        var response = await _restSharp.ExecuteAsync<CargoSearchResponse>(request).ConfigureAwait(false);
        return response.IsSuccessful ? response.Data! : throw new InvalidOperationException(response.ErrorMessage);
    }

    /// <summary>Azure.Core's default HttpPipeline + STJ source-gen.</summary>
    [Benchmark(Description = "Azure.Core HttpPipeline")]
    public async Task<CargoSearchResponse> AzureCore()
    {
        using var message = _azure.CreateMessage();
        var request = message.Request;
        request.Method = RequestMethod.Post;
        request.Uri.Reset(_uri);
        request.Headers.Add("x-api-key", Credentials.CargoAiApiKey);
        request.Headers.Add("Content-Type", "application/json; charset=utf-8");
        request.Content = RequestContent.Create(JsonSerializer.SerializeToUtf8Bytes(Request, CamelCaseJsonContext.Instance.CargoSearchRequest));
        return await AzurePipelines.SendAsync(_azure, message, CamelCaseJsonContext.Instance.CargoSearchResponse).ConfigureAwait(false);
    }

    partial void PhaseTwoSetup();

    partial void PhaseTwoCleanup();

    private async Task<CargoSearchResponse> SendRawAsync(HttpRequestMessage request)
    {
        using (request)
        {
            return await RawHttp.SendAsync(_raw, request, CamelCaseJsonContext.Instance.CargoSearchResponse).ConfigureAwait(false);
        }
    }
}
