using System.Net;
using Microsoft.Extensions.DependencyInjection;

namespace AviationApis.Sandbox.Tests.DependencyInjection;

public sealed class SandboxHttpClientBuilderExtensionsTests
{
    [Fact]
    public async Task UseXxxSandbox_plugs_the_emulators_into_IHttpClientFactory_registrations()
    {
        var sandbox = new AviationSandbox();
        var services = new ServiceCollection();
        services.AddHttpClient("cargo", c => c.BaseAddress = new Uri("http://127.0.0.1:9/some/prefix/")).UseCargoAiSandbox(sandbox);
        services.AddHttpClient("cangooroo", c => c.BaseAddress = new Uri("https://ws-test.cangooroo.net/")).UseCangoorooSandbox(sandbox);
        services.AddHttpClient("avinode", c => c.BaseAddress = new Uri("https://sandbox-schedaero.avinode.com/api/")).UseAvinodeSandbox(sandbox);
        await using var provider = services.BuildServiceProvider();
        var factory = provider.GetRequiredService<IHttpClientFactory>();

        var cargo = factory.CreateClient("cargo");
        Assert.Equal(HttpStatusCode.Forbidden, (await cargo.GetAsync("users?email=a%40b.co")).StatusCode);
        var cangooroo = factory.CreateClient("cangooroo");
        Assert.Equal(HttpStatusCode.BadRequest, (await cangooroo.PostAsync("ws/Rest/Flight.svc/Search", new StringContent("x"))).StatusCode);
        var avinode = factory.CreateClient("avinode");
        using var request = Infrastructure.SandboxHarness.AvinodeRequest(HttpMethod.Get, "quotes/schedaero-quote-123456789", TimeProvider.System);
        Assert.Equal(HttpStatusCode.OK, (await avinode.SendAsync(request)).StatusCode);
    }
}
