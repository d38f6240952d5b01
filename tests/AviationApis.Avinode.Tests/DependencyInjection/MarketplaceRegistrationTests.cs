using AviationApis.Avinode.DependencyInjection;
using AviationApis.Avinode.Marketplace;
using AviationApis.Avinode.Options;
using AviationApis.Avinode.Resources;
using AviationApis.Avinode.SchedAero;
using AviationApis.Avinode.SchedAero.Trips;
using AviationApis.Avinode.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RichardSzalay.MockHttp;

namespace AviationApis.Avinode.Tests.DependencyInjection;

public sealed class MarketplaceRegistrationTests
{
    [Fact]
    public void The_marketplace_host_is_guarded_in_development_unless_opted_in()
    {
        using (var provider = RegistrationHost.Build("Development", o => o.MarketplaceBaseAddress = new Uri(AvinodeClientOptions.AvinodeProductionBaseAddress)))
        {
            var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IAvinodeMarketplaceClient>());
            Assert.Contains(error.Failures, f => f.StartsWith("Avinode:MarketplaceBaseAddress points at the production host 'services.avinode.com'", StringComparison.Ordinal));
        }

        using (var provider = RegistrationHost.Build("Development", o =>
               {
                   o.MarketplaceBaseAddress = new Uri(AvinodeClientOptions.AvinodeProductionBaseAddress);
                   o.AllowLiveHost = true;
               }))
        {
            Assert.NotNull(provider.GetRequiredService<IAvinodeMarketplaceClient>());
        }

        using (var provider = RegistrationHost.Build("Production", o => o.MarketplaceBaseAddress = new Uri(AvinodeClientOptions.AvinodeProductionBaseAddress)))
        {
            Assert.NotNull(provider.GetRequiredService<IAvinodeMarketplaceClient>());
        }
    }

    [Fact]
    public void OAuth_settings_are_validated_with_their_configuration_keys()
    {
        using (var provider = RegistrationHost.Build(null, o =>
               {
                   o.OAuth.ClientId = "acme";
                   o.OAuth.TokenLifetimeMinutes = 121;
               }))
        {
            var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IAvinodeMarketplaceClient>());
            Assert.Contains("Avinode:OAuth:ClientSecret is required.", error.Failures);
            Assert.Contains(error.Failures, f => f.StartsWith("Avinode:AuthorizationToken must not be set together with Avinode:OAuth", StringComparison.Ordinal));
            Assert.Contains(error.Failures, f => f.StartsWith("Avinode:OAuth:TokenLifetimeMinutes must be between 1 and 120", StringComparison.Ordinal));
        }

        using (var provider = RegistrationHost.Build("Development", o =>
               {
                   o.AuthorizationToken = null;
                   o.OAuth.ClientId = "acme";
                   o.OAuth.ClientSecret = "secret-value";
                   o.OAuth.TokenLifetimeMinutes = 1;
                   o.OAuth.TokenAddress = new Uri("https://services.avinode.com/api/oauth/token");
               }))
        {
            var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IAvinodeMarketplaceClient>());
            Assert.Contains(error.Failures, f => f.StartsWith("Avinode:OAuth:RefreshBeforeExpiry must be", StringComparison.Ordinal));
            Assert.Contains(error.Failures, f => f.StartsWith("Avinode:OAuth:TokenAddress points at the production host", StringComparison.Ordinal));
        }

        using (var provider = RegistrationHost.Build(null, o =>
               {
                   o.AuthorizationToken = null;
                   o.OAuth.ClientId = "acme";
                   o.OAuth.ClientSecret = "secret-value";
               }))
        {
            Assert.NotNull(provider.GetRequiredService<IAvinodeMarketplaceClient>());
        }
    }

    [Fact]
    public async Task Named_connections_give_marketplace_clients_with_their_own_tokens_and_share_the_webhook_client()
    {
        var services = new ServiceCollection();
        var mock = new MockHttpMessageHandler();
        var seen = new List<(string Uri, string? Authorization)>();
        mock.Fallback.Respond(request =>
        {
            seen.Add((request.RequestUri!.AbsoluteUri, request.Headers.Authorization?.Parameter));
            return AvinodeHarness.Data(MarketplacePayloads.Trip);
        });
        services.AddAvinodeClient("Acme", o =>
        {
            AvinodeHarness.Defaults(o);
            o.AuthorizationToken = "acme-token-1234";
            o.MarketplaceBaseAddress = new Uri("https://acme.test/api/");
        }).ConfigurePrimaryHttpMessageHandler(() => mock);
        services.AddAvinodeClient("Globex", o =>
        {
            AvinodeHarness.Defaults(o);
            o.AuthorizationToken = "globex-token-5678";
        }).ConfigurePrimaryHttpMessageHandler(() => mock);
        using var provider = services.BuildServiceProvider();
        var factory = provider.GetRequiredService<IAvinodeMarketplaceClientFactory>();

        var acme = factory.Get("Acme");
        await acme.GetTripAsync(new ResourceId("atrip-1"));
        await factory.Get("Globex").GetTripAsync(new ResourceId("atrip-2"));

        Assert.Same(acme, factory.Get("Acme"));
        Assert.Equal("Acme", acme.ConnectionName);
        Assert.Same(acme.Webhooks, provider.GetRequiredService<ISchedAeroClientFactory>().Get("Acme").Webhooks);
        Assert.Equal(("https://acme.test/api/trips/atrip-1", "acme-token-1234"), seen[0]);
        Assert.Equal(("https://sandbox.avinode.com/api/trips/atrip-2", "globex-token-5678"), seen[1]);
        Assert.Throws<InvalidOperationException>(() => factory.Get("Initech"));
        Assert.Null(provider.GetService<IAvinodeMarketplaceClient>());
    }

    [Fact]
    public async Task Marketplace_and_OAuth_settings_bind_from_configuration()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Avinode:ApiToken"] = AvinodeHarness.ApiToken,
            ["Avinode:Product"] = AvinodeHarness.Product,
            ["Avinode:MarketplaceBaseAddress"] = "http://127.0.0.1:5057/some/prefix/api/",
            ["Avinode:OAuth:ClientId"] = "acme-client",
            ["Avinode:OAuth:ClientSecret"] = "bound-secret-value",
            ["Avinode:OAuth:TokenLifetimeMinutes"] = "15",
            ["Avinode:OAuth:RefreshBeforeExpiry"] = "00:02:00",

            // The unset base addresses default to the vendor's sandbox; MockHttp keeps every call in-process.
            ["Avinode:AllowVendorSandboxInTestHost"] = "true",
        }).Build();
        var services = new ServiceCollection();
        var mock = new MockHttpMessageHandler();
        var seen = new List<string>();
        mock.Fallback.Respond(async request =>
        {
            seen.Add(request.RequestUri!.AbsoluteUri + " " + (request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync()));
            return request.RequestUri!.AbsolutePath.EndsWith("/oauth/token", StringComparison.Ordinal)
                ? AvinodeHarness.Json("""{"access_token": "bound-token-value-1", "expires_in": 900}""")
                : AvinodeHarness.Data(MarketplacePayloads.Trip);
        });
        services.AddAvinodeClient(configuration.GetSection("Avinode")).ConfigurePrimaryHttpMessageHandler(() => mock);
        using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptionsMonitor<AvinodeClientOptions>>().Get(Microsoft.Extensions.Options.Options.DefaultName);
        await provider.GetRequiredService<IAvinodeMarketplaceClient>().GetTripAsync(new ResourceId("atrip-1"));

        Assert.Equal(TimeSpan.FromMinutes(2), options.OAuth.RefreshBeforeExpiry);
        Assert.Equal(15, options.OAuth.TokenLifetimeMinutes);
        Assert.Equal(
            "http://127.0.0.1:5057/some/prefix/api/oauth/token grant_type=client_credentials&client_id=acme-client&client_secret=bound-secret-value&expiresInMinutes=15",
            seen[0]);
        Assert.StartsWith("http://127.0.0.1:5057/some/prefix/api/trips/atrip-1", seen[1], StringComparison.Ordinal);
        Assert.DoesNotContain("bound-secret-value", options.ToString(), StringComparison.Ordinal);
    }
}
