using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using AviationApis.Sandbox.Hosting;

namespace AviationApis.Sandbox.Tests.Infrastructure;

/// <summary>
/// Raw HttpClients on one sandbox world, either in process (handlers, vendor production base addresses) or through a
/// real Kestrel server on 127.0.0.1 (prefixed base addresses). Requests are hand-written JSON per the specs.
/// </summary>
internal sealed class SandboxHarness : IAsyncDisposable
{
    private readonly AviationSandboxServer? server;

    private SandboxHarness(AviationSandbox sandbox, AviationSandboxServer? server, Uri cargoAi, Uri cangooroo, Uri schedAero, Uri avinode)
    {
        Sandbox = sandbox;
        this.server = server;
        HttpMessageHandler Handler(Func<HttpMessageHandler> inProcess) => server is null ? inProcess() : new SocketsHttpHandler();
        CargoAi = new HttpClient(Handler(sandbox.CreateCargoAiHandler)) { BaseAddress = cargoAi };
        Cangooroo = new HttpClient(Handler(sandbox.CreateCangoorooHandler)) { BaseAddress = cangooroo };
        SchedAero = new HttpClient(Handler(sandbox.CreateAvinodeHandler)) { BaseAddress = schedAero };
        Avinode = new HttpClient(Handler(sandbox.CreateAvinodeHandler)) { BaseAddress = avinode };
    }

    public AviationSandbox Sandbox { get; }

    public HttpClient CargoAi { get; }

    public HttpClient Cangooroo { get; }

    public HttpClient SchedAero { get; }

    public HttpClient Avinode { get; }

    public static async Task<SandboxHarness> CreateAsync(bool kestrel, AviationSandboxOptions? options = null)
    {
        var sandbox = new AviationSandbox(options);
        if (!kestrel)
        {
            return new SandboxHarness(sandbox, null, new Uri("https://api.cargoai.co/solutions/"), new Uri("https://ws-test.cangooroo.net/"),
                new Uri("https://sandbox-schedaero.avinode.com/api/"), new Uri("https://sandbox.avinode.com/api/"));
        }

        var server = await AviationSandboxServer.StartAsync(sandbox);
        return new SandboxHarness(sandbox, server, server.CargoAiBaseAddress, server.CangoorooBaseAddress, server.SchedAeroBaseAddress, server.AvinodeBaseAddress);
    }

    public static StringContent JsonBody(string json) => new(json, Encoding.UTF8, "application/json");

    public static async Task<JsonNode?> ReadJsonAsync(HttpResponseMessage response)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var span = bytes.AsSpan();
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            span = span[3..];
        }

        return span.IsEmpty ? null : JsonNode.Parse(span);
    }

    public async Task<(HttpResponseMessage Response, JsonNode? Body)> CargoAiAsync(HttpMethod method, string path, string? json = null, string? apiKey = "sandbox-key")
    {
        using var request = new HttpRequestMessage(method, path);
        if (apiKey is not null)
        {
            request.Headers.Add("x-api-key", apiKey);
        }

        if (json is not null)
        {
            request.Content = JsonBody(json);
        }

        var response = await CargoAi.SendAsync(request);
        return (response, await ReadJsonAsync(response));
    }

    public async Task<(HttpResponseMessage Response, JsonNode? Body)> CangoorooAsync(string method, string json)
    {
        var response = await Cangooroo.PostAsync("ws/Rest/Flight.svc/" + method, JsonBody(json));
        return (response, await ReadJsonAsync(response));
    }

    public static HttpRequestMessage AvinodeRequest(HttpMethod method, string path, TimeProvider clock, string? json = null, string apiToken = "app-token", string bearer = "connection-token")
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Add("X-Avinode-ApiToken", apiToken);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        request.Headers.Add("X-Avinode-SentTimestamp", clock.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
        request.Headers.Add("X-Avinode-ApiVersion", "v1");
        request.Headers.Add("X-Avinode-Product", "AviationApis.Sandbox.Tests v1");
        if (json is not null)
        {
            request.Content = JsonBody(json);
        }

        return request;
    }

    public async Task<(HttpResponseMessage Response, JsonNode? Body)> SchedAeroAsync(HttpMethod method, string path, string? json = null, HttpClient? client = null)
    {
        using var request = AvinodeRequest(method, path, Sandbox.Options.TimeProvider, json);
        var response = await (client ?? SchedAero).SendAsync(request);
        var body = response.Content.Headers.ContentType?.MediaType == "application/json" ? await ReadJsonAsync(response) : null;
        return (response, body);
    }

    public async ValueTask DisposeAsync()
    {
        CargoAi.Dispose();
        Cangooroo.Dispose();
        SchedAero.Dispose();
        Avinode.Dispose();
        if (server is not null)
        {
            await server.DisposeAsync();
        }
    }
}
