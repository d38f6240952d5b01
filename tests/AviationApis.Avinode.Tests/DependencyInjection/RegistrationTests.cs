using System.Net;
using AviationApis.Avinode.DependencyInjection;
using AviationApis.Avinode.Options;
using AviationApis.Avinode.Resources;
using AviationApis.Avinode.SchedAero;
using AviationApis.Avinode.Tests.Infrastructure;
using AviationApis.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RichardSzalay.MockHttp;

namespace AviationApis.Avinode.Tests.DependencyInjection;

public sealed class RegistrationTests
{
    [Theory]
    [InlineData("Development")]
    [InlineData("Testing")]
    [InlineData("Test")]
    public void A_development_or_test_host_refuses_production_hosts(string environment)
    {
        using var provider = RegistrationHost.Build(environment, o => o.BaseAddress = new Uri(AvinodeClientOptions.SchedAeroProductionBaseAddress));

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<ISchedAeroClient>());

        Assert.Contains(error.Failures, f => f.StartsWith("Avinode:BaseAddress points at the production host 'schedaero.avinode.com'", StringComparison.Ordinal)
                                             && f.Contains("Avinode:AllowLiveHost", StringComparison.Ordinal));
    }

    [Fact]
    public void The_webhook_host_is_guarded_too_and_the_opt_in_or_production_allows_both()
    {
        using (var provider = RegistrationHost.Build("Development", o => o.WebhookBaseAddress = new Uri(AvinodeClientOptions.AvinodeProductionBaseAddress)))
        {
            var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<ISchedAeroClient>());
            Assert.Contains(error.Failures, f => f.StartsWith("Avinode:WebhookBaseAddress points at the production host 'services.avinode.com'", StringComparison.Ordinal));
        }

        using (var provider = RegistrationHost.Build("Development", o =>
               {
                   o.BaseAddress = new Uri(AvinodeClientOptions.SchedAeroProductionBaseAddress);
                   o.AllowLiveHost = true;
               }))
        {
            Assert.NotNull(provider.GetRequiredService<ISchedAeroClient>());
        }

        using (var provider = RegistrationHost.Build("Production", o => o.BaseAddress = new Uri(AvinodeClientOptions.SchedAeroProductionBaseAddress)))
        {
            Assert.NotNull(provider.GetRequiredService<ISchedAeroClient>());
        }
    }

    [Fact]
    public void Missing_settings_name_their_configuration_keys()
    {
        using var provider = RegistrationHost.Build(null, o =>
        {
            o.Product = null;
            o.ApiToken = " ";
            o.AuthorizationToken = "Bearer abc";
            o.BaseAddress = null;
        });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<ISchedAeroClient>());

        Assert.Contains("Avinode:Product is required.", error.Failures);
        Assert.Contains("Avinode:ApiToken is required.", error.Failures);
        Assert.Contains("Avinode:BaseAddress is required.", error.Failures);
        Assert.Contains(error.Failures, f => f.StartsWith("Avinode:AuthorizationToken must be the token alone", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Options_bind_from_configuration_and_print_without_tokens()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Avinode:BaseAddress"] = "http://127.0.0.1:5000/some/prefix/",
            ["Avinode:ApiToken"] = AvinodeHarness.ApiToken,
            ["Avinode:AuthorizationToken"] = AvinodeHarness.AuthorizationToken,
            ["Avinode:Product"] = "Config App v1",
            ["Avinode:TreatSoftErrorsAsExceptions"] = "true",
            ["Avinode:Pipeline:MaxRetryAttempts"] = "0",

            // The unset base addresses default to the vendor's sandbox; MockHttp keeps every call in-process.
            ["Avinode:AllowVendorSandboxInTestHost"] = "true",
        }).Build();
        var mock = new MockHttpMessageHandler();
        mock.When("http://127.0.0.1:5000/some/prefix/quotes/q-1").Respond("application/json", """{"data": {"id": "q-1"}, "meta": {}}""");
        var services = new ServiceCollection();
        services.AddAvinodeClient(configuration.GetSection("Avinode")).ConfigurePrimaryHttpMessageHandler(() => mock);
        using var provider = services.BuildServiceProvider();

        var quote = await provider.GetRequiredService<ISchedAeroClient>().GetQuoteAsync(new ResourceId("q-1"));

        Assert.Equal(new ResourceId("q-1"), quote.Data!.Id);
        var options = provider.GetRequiredService<IOptionsMonitor<AvinodeClientOptions>>().Get(Microsoft.Extensions.Options.Options.DefaultName);
        Assert.True(options.TreatSoftErrorsAsExceptions);
        Assert.Equal(0, options.Pipeline.MaxRetryAttempts);
        Assert.Empty(SecretScan.Find([options.ToString()], [AvinodeHarness.ApiToken, AvinodeHarness.AuthorizationToken]));
        Assert.Contains("Config App v1", options.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_company_connections_send_their_own_tokens()
    {
        var mock = new MockHttpMessageHandler();
        var seen = new List<(string? Host, string? Authorization, string? Product)>();
        mock.Fallback.Respond(request =>
        {
            seen.Add((request.RequestUri!.Host, request.Headers.Authorization?.ToString(), string.Join(",", request.Headers.GetValues("X-Avinode-Product"))));
            return AvinodeHarness.Data("""{"id": "q-1"}""");
        });
        var services = new ServiceCollection();
        services.AddAvinodeClient("acme", o =>
        {
            AvinodeHarness.Defaults(o);
            o.AuthorizationToken = "acme-token-1111";
        }).ConfigurePrimaryHttpMessageHandler(() => mock);
        services.AddAvinodeClient("globex", o =>
        {
            AvinodeHarness.Defaults(o);
            o.AuthorizationToken = "globex-token-2222";
            o.BaseAddress = new Uri("http://127.0.0.1:5001/globex/api/");
        }).ConfigurePrimaryHttpMessageHandler(() => mock);
        using var provider = services.BuildServiceProvider();
        var factory = provider.GetRequiredService<ISchedAeroClientFactory>();

        await factory.Get("acme").GetQuoteAsync(new ResourceId("q-1"));
        await factory.Get("globex").GetQuoteAsync(new ResourceId("q-1"));

        Assert.Equal(
            [("sandbox-schedaero.avinode.com", "Bearer acme-token-1111", AvinodeHarness.Product), ("127.0.0.1", "Bearer globex-token-2222", AvinodeHarness.Product)],
            seen);
        Assert.Same(factory.Get("acme"), factory.Get("acme"));
        Assert.Equal("globex", factory.Get("globex").ConnectionName);
        Assert.Throws<InvalidOperationException>(() => factory.Get("initech"));
        Assert.Null(provider.GetService<ISchedAeroClient>());
    }
}
