using System.Net;
using AviationApis.Sandbox.Hosting;

namespace AviationApis.Sandbox.Tests.Hosting;

public sealed class HostingTests
{
    [Fact]
    public async Task Server_listens_on_loopback_and_exposes_the_prefixed_base_addresses()
    {
        await using var server = await AviationSandboxServer.StartAsync();
        Assert.Equal("127.0.0.1", server.BaseAddress.Host);
        Assert.NotEqual(0, server.BaseAddress.Port);
        Assert.Equal(server.BaseAddress.AbsoluteUri + "cargoai/solutions/", server.CargoAiBaseAddress.AbsoluteUri);
        Assert.Equal(server.BaseAddress.AbsoluteUri + "cangooroo/", server.CangoorooBaseAddress.AbsoluteUri);
        Assert.Equal(server.BaseAddress.AbsoluteUri + "schedaero/api/", server.SchedAeroBaseAddress.AbsoluteUri);
        Assert.Equal(server.BaseAddress.AbsoluteUri + "avinode/api/", server.AvinodeBaseAddress.AbsoluteUri);

        using var client = new HttpClient { BaseAddress = server.BaseAddress };
        var root = await client.GetAsync(string.Empty);
        Assert.Equal(HttpStatusCode.NotFound, root.StatusCode);
        Assert.Contains("/cargoai/solutions/", await root.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Server_shares_a_world_with_in_process_handlers()
    {
        var sandbox = new AviationSandbox();
        await using var server = await AviationSandboxServer.StartAsync(sandbox);
        using var overTcp = new HttpClient { BaseAddress = server.CargoAiBaseAddress };
        overTcp.DefaultRequestHeaders.Add("x-api-key", "k");
        var created = await overTcp.PostAsync("users", new StringContent("""{"firstName":"A","lastName":"B","email":"a@b.co","companyName":"C","countryCode":"FR"}""", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);

        using var inProcess = new HttpClient(sandbox.CreateCargoAiHandler()) { BaseAddress = new Uri("https://api.cargoai.co/solutions/") };
        inProcess.DefaultRequestHeaders.Add("x-api-key", "k");
        Assert.Equal(HttpStatusCode.OK, (await inProcess.GetAsync("users?email=a%40b.co")).StatusCode);
    }

    [Fact]
    public async Task Disposed_server_stops_listening()
    {
        var server = await AviationSandboxServer.StartAsync(new AviationSandboxServerOptions { Sandbox = new AviationSandboxOptions { CargoAiApiKey = "k" } });
        var address = server.CargoAiBaseAddress;
        Assert.Equal("k", server.Sandbox.Options.CargoAiApiKey);
        await server.DisposeAsync();
        using var client = new HttpClient();
        await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync(new Uri(address, "users?email=a%40b.co")));
    }

    [Theory]
    [InlineData("POST", "cargoai/search")]                                  // the vendor's path is solutions/search
    [InlineData("POST", "cargoai/solutions/v2/search")]
    [InlineData("POST", "cangooroo/Flight.svc/Search")]                     // the vendor's path is ws/Rest/Flight.svc/Search
    [InlineData("POST", "cangooroo/x/ws/Rest/Flight.svc/Search")]
    [InlineData("GET", "schedaero/api/webhooks/settings")]                  // webhook settings live on the Avinode host
    [InlineData("GET", "avinode/api/contacts/people/contact-123456789")]    // SchedAero resources live on the SchedAero host
    [InlineData("GET", "schedaero/contacts/people/contact-123456789")]
    public async Task Hosted_paths_the_vendors_do_not_have_get_404(string method, string path)
    {
        await using var server = await AviationSandboxServer.StartAsync();
        using var client = new HttpClient { BaseAddress = server.BaseAddress };
        using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json") };

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("POST", "cargoai/solutions/search")]
    [InlineData("POST", "cangooroo/ws/Rest/Flight.svc/Search")]
    [InlineData("GET", "schedaero/api/contacts/people/contact-123456789")]
    [InlineData("GET", "avinode/api/webhooks/settings")]
    public async Task Hosted_vendor_paths_are_routed(string method, string path)
    {
        await using var server = await AviationSandboxServer.StartAsync();
        using var client = new HttpClient { BaseAddress = server.BaseAddress };
        using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json") };

        var response = await client.SendAsync(request);

        // Unauthenticated, so the emulator answers with its own error: the point is that the route exists (not 404).
        Assert.NotEqual(HttpStatusCode.NotFound, response.StatusCode);
        Assert.NotEqual(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }
}
