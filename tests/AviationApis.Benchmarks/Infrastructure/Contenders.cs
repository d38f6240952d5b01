using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using AviationApis.Core.Http;
using AviationApis.Core.Pipeline;
using AviationApis.Core.Redaction;
using AviationApis.Core.Signing;
using Azure.Core;
using Azure.Core.Pipeline;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RestSharp;
using RestSharp.Serializers.Json;

namespace AviationApis.Benchmarks.Infrastructure;

/// <summary>The secrets and header values every contender sends (hand-written contenders set them themselves).</summary>
internal static class Credentials
{
    public const string CargoAiApiKey = "cargoai-benchmark-api-key-0123456789";
    public const string AvinodeApiToken = "avinode-benchmark-api-token-0123456789";
    public const string AvinodeBearer = "avinode-benchmark-bearer-token-abcdefghijklmnopqrstuvwxyz";
    public const string AvinodeProduct = "AviationApis Benchmarks v1.0";

    public static AvinodeHeaderSigner AvinodeSigner(TimeProvider time) =>
        new(new AvinodeSignerSettings { ApiToken = AvinodeApiToken, Product = AvinodeProduct }, new StaticAccessTokenSource(AvinodeBearer), time);

    public static string Timestamp() => DateTime.UtcNow.ToString(AvinodeHeaders.TimestampFormat, CultureInfo.InvariantCulture);

    /// <summary>What a hand-written Avinode client sends on every request.</summary>
    public static void AddAvinodeHeaders(HttpRequestHeaders headers)
    {
        headers.TryAddWithoutValidation(AvinodeHeaders.ApiToken, AvinodeApiToken);
        headers.Authorization = new AuthenticationHeaderValue("Bearer", AvinodeBearer);
        headers.TryAddWithoutValidation(AvinodeHeaders.SentTimestamp, Timestamp());
        headers.TryAddWithoutValidation(AvinodeHeaders.ApiVersion, "v1");
        headers.TryAddWithoutValidation(AvinodeHeaders.Product, AvinodeProduct);
    }
}

/// <summary>The floor: one long-lived <see cref="HttpClient"/>, source-generated STJ straight from the response stream.</summary>
internal static class RawHttp
{
    public static async Task<T> SendAsync<T>(HttpClient client, HttpRequestMessage request, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken = default)
    {
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            return await JsonSerializer.DeserializeAsync(stream, typeInfo, cancellationToken).ConfigureAwait(false)
                   ?? throw new InvalidOperationException("null body");
        }
    }

    public static ByteArrayContent Json(byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return content;
    }
}

/// <summary>
/// Core's full default pipeline on a named client from <see cref="IHttpClientFactory"/>, exactly as a client package
/// uses it: default <see cref="AviationPipelineOptions"/> (retry, circuit breaker, 100 s total and 30 s attempt
/// budgets), a signer, the rate-limit reader, and logging enabled at Information into a provider that writes nothing.
/// </summary>
internal sealed class CorePipelineHost : IDisposable
{
    private readonly ServiceProvider _services;
    private readonly IHttpClientFactory _factory;
    private readonly string _name;
    private readonly Redactor _redactor;

    public CorePipelineHost(HttpMessageHandler handler, string name, Func<TimeProvider, IRequestSigner> signer)
    {
        _name = name;
        var services = new ServiceCollection();
        services.AddLogging(builder => builder.SetMinimumLevel(LogLevel.Information).AddProvider(new NoOpLoggerProvider()));
        IRequestSigner? created = null;
        services.AddHttpClient(name)
            .AddAviationPipeline(sp =>
            {
                created = signer(sp.GetRequiredService<TimeProvider>());
                return new AviationPipelineSettings { ClientName = name, AllowedBaseAddresses = [new("https://api.cargoai.co/solutions/"), new("https://sandbox.avinode.com/api/")], Options = new AviationPipelineOptions(), Signer = created };
            })
            .ConfigurePrimaryHttpMessageHandler(() => handler);
        _services = services.BuildServiceProvider();
        _factory = _services.GetRequiredService<IHttpClientFactory>();
        _factory.CreateClient(name).Dispose(); // builds the handler chain (and the signer)
        _redactor = new Redactor(created?.Secrets ?? []);
    }

    /// <summary>One typed call the way a client method makes it.</summary>
    public async Task<T> SendAsync<T>(HttpRequestMessage request, ApiOperation operation, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken = default)
    {
        request.SetOperation(operation);
        var http = _factory.CreateClient(_name);
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"HTTP {(int)response.StatusCode}");
        }

        return await ApiResponses.ReadJsonAsync(response, typeInfo, _redactor, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A streamed call: the caller copies the body itself.</summary>
    public async Task CopyToAsync(HttpRequestMessage request, ApiOperation operation, Stream destination, CancellationToken cancellationToken = default)
    {
        request.SetOperation(operation);
        var http = _factory.CreateClient(_name);
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"HTTP {(int)response.StatusCode}");
        }

        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            await stream.CopyToAsync(destination, cancellationToken).ConfigureAwait(false);
        }
    }

    public void Dispose() => _services.Dispose();
}

/// <summary>RestSharp 114 over the same handler, its System.Text.Json serializer given the source-generated options.</summary>
internal static class RestSharpClients
{
    public static RestClient Create(HttpMessageHandler handler, Uri baseAddress, JsonSerializerOptions json) =>
        new(new HttpClient(handler, disposeHandler: false), new RestClientOptions(baseAddress), disposeHttpClient: true, configureSerialization: s => s.UseSystemTextJson(json));
}

/// <summary>Azure.Core's default pipeline (<see cref="HttpPipelineBuilder.Build(ClientOptions, HttpPipelinePolicy[])"/>) over the same handler.</summary>
internal static class AzurePipelines
{
    public static HttpPipeline Create(HttpMessageHandler handler) =>
        HttpPipelineBuilder.Build(new BenchmarkClientOptions { Transport = new HttpClientTransport(new HttpClient(handler, disposeHandler: false)) });

    public static async Task<T> SendAsync<T>(HttpPipeline pipeline, HttpMessage message, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken = default)
    {
        await pipeline.SendAsync(message, cancellationToken).ConfigureAwait(false);
        var response = message.Response;
        if (response.IsError)
        {
            throw new InvalidOperationException($"HTTP {response.Status}");
        }

        return await JsonSerializer.DeserializeAsync(response.ContentStream!, typeInfo, cancellationToken).ConfigureAwait(false)
               ?? throw new InvalidOperationException("null body");
    }

    private sealed class BenchmarkClientOptions : ClientOptions
    {
    }
}
