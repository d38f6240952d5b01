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
/// Group 1, per-call overhead: one Avinode person-contact read (GET, all five Avinode headers signed with a fresh
/// timestamp, a ≈1 KB <c>{meta, data}</c> response). Hand-written contenders set the same headers themselves.
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory("PerCall")]
public partial class AvinodeContactPerCallBenchmarks
{
    private static readonly Uri BaseAddress = new("https://sandbox.avinode.com/api/");
    private static readonly ApiOperation GetContact = new("Avinode.GetPersonContact", Idempotency.Idempotent);

    private CannedResponseHandler _handler = null!;
    private HttpClient _raw = null!;
    private CorePipelineHost _pipeline = null!;
    private RestClient _restSharp = null!;
    private HttpPipeline _azure = null!;
    private Uri _uri = null!;

    /// <summary>The response body.</summary>
    public static byte[] Payload { get; } = PayloadGenerator.AvinodeContact();

    /// <summary>Builds every contender once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _handler = new CannedResponseHandler(Payload);
        _uri = ApiUri.Combine(BaseAddress, "contacts/people/contact-123456789");
        _raw = new HttpClient(_handler, disposeHandler: false);
        _pipeline = new CorePipelineHost(_handler, "Avinode", Credentials.AvinodeSigner);
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

    /// <summary>The floor: raw HttpClient + source-generated STJ, headers set by hand.</summary>
    [Benchmark(Baseline = true, Description = "Raw HttpClient + STJ source-gen")]
    public async Task<AvinodeContactEnvelope> RawHttpClient()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, _uri);
        Credentials.AddAvinodeHeaders(request.Headers);
        return await RawHttp.SendAsync(_raw, request, CamelCaseJsonContext.Instance.AvinodeContactEnvelope).ConfigureAwait(false);
    }

    /// <summary>Core's full default pipeline with <see cref="AvinodeHeaderSigner"/> + STJ source-gen.</summary>
    [Benchmark(Description = "AviationApis.Core pipeline")]
    public async Task<AvinodeContactEnvelope> CorePipeline()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, _uri);
        return await _pipeline.SendAsync(request, GetContact, CamelCaseJsonContext.Instance.AvinodeContactEnvelope).ConfigureAwait(false);
    }

    /// <summary>RestSharp 114, headers set by hand.</summary>
    [Benchmark(Description = "RestSharp 114")]
    public async Task<AvinodeContactEnvelope> RestSharp()
    {
        var request = new RestRequest("contacts/people/contact-123456789")
            .AddHeader(AvinodeHeaders.ApiToken, Credentials.AvinodeApiToken)
            .AddHeader("Authorization", "Bearer " + Credentials.AvinodeBearer)
            .AddHeader(AvinodeHeaders.SentTimestamp, Credentials.Timestamp())
            .AddHeader(AvinodeHeaders.ApiVersion, "v1")
            .AddHeader(AvinodeHeaders.Product, Credentials.AvinodeProduct);
        var response = await _restSharp.ExecuteAsync<AvinodeContactEnvelope>(request).ConfigureAwait(false);
        return response.IsSuccessful ? response.Data! : throw new InvalidOperationException(response.ErrorMessage);
    }

    /// <summary>Azure.Core's default HttpPipeline, headers set by hand.</summary>
    [Benchmark(Description = "Azure.Core HttpPipeline")]
    public async Task<AvinodeContactEnvelope> AzureCore()
    {
        using var message = _azure.CreateMessage();
        var request = message.Request;
        request.Method = RequestMethod.Get;
        request.Uri.Reset(_uri);
        request.Headers.Add(AvinodeHeaders.ApiToken, Credentials.AvinodeApiToken);
        request.Headers.Add("Authorization", "Bearer " + Credentials.AvinodeBearer);
        request.Headers.Add(AvinodeHeaders.SentTimestamp, Credentials.Timestamp());
        request.Headers.Add(AvinodeHeaders.ApiVersion, "v1");
        request.Headers.Add(AvinodeHeaders.Product, Credentials.AvinodeProduct);
        return await AzurePipelines.SendAsync(_azure, message, CamelCaseJsonContext.Instance.AvinodeContactEnvelope).ConfigureAwait(false);
    }

    partial void PhaseTwoSetup();

    partial void PhaseTwoCleanup();
}
