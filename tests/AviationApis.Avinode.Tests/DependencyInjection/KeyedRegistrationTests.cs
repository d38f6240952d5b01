using AviationApis.Avinode.DependencyInjection;
using AviationApis.Avinode.Marketplace;
using AviationApis.Avinode.SchedAero;
using AviationApis.Avinode.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using RichardSzalay.MockHttp;

namespace AviationApis.Avinode.Tests.DependencyInjection;

public sealed class KeyedRegistrationTests
{
    [Fact]
    public void A_named_connection_resolves_its_clients_as_keyed_services()
    {
        var services = new ServiceCollection();
        services.AddAvinodeClient("AcmeJets", AvinodeHarness.Defaults).ConfigurePrimaryHttpMessageHandler(() => new MockHttpMessageHandler());
        services.AddAvinodeClient("Initech", AvinodeHarness.Defaults).ConfigurePrimaryHttpMessageHandler(() => new MockHttpMessageHandler());
        services.AddSingleton<AcmeConsumer>();
        using var provider = services.BuildServiceProvider();

        var consumer = provider.GetRequiredService<AcmeConsumer>();

        Assert.Same(provider.GetRequiredService<ISchedAeroClientFactory>().Get("AcmeJets"), consumer.SchedAero);
        Assert.Same(provider.GetRequiredService<IAvinodeMarketplaceClientFactory>().Get("AcmeJets"), consumer.Marketplace);
        Assert.Same(provider.GetRequiredService<ISchedAeroClientFactory>().Get("Initech"), provider.GetRequiredKeyedService<ISchedAeroClient>("Initech"));
        Assert.Same(provider.GetRequiredService<IAvinodeMarketplaceClientFactory>().Get("Initech"), provider.GetRequiredKeyedService<IAvinodeMarketplaceClient>("Initech"));
        Assert.NotSame(consumer.SchedAero, provider.GetRequiredKeyedService<ISchedAeroClient>("Initech"));
        Assert.Null(provider.GetKeyedService<ISchedAeroClient>("Globex"));
        Assert.Null(provider.GetKeyedService<IAvinodeMarketplaceClient>("Globex"));
        Assert.Null(provider.GetService<ISchedAeroClient>());
        Assert.Null(provider.GetService<IAvinodeMarketplaceClient>());
    }

    [Fact]
    public void A_keyed_client_of_a_misconfigured_connection_names_the_setting()
    {
        var services = new ServiceCollection();
        services.AddAvinodeClient("AcmeJets", o =>
        {
            AvinodeHarness.Defaults(o);
            o.ApiToken = null;
        }).ConfigurePrimaryHttpMessageHandler(() => new MockHttpMessageHandler());
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() => provider.GetRequiredKeyedService<ISchedAeroClient>("AcmeJets"));

        Assert.Contains(error.Failures, f => f.Contains("ApiToken is required.", StringComparison.Ordinal));
    }

    private sealed class AcmeConsumer(
        [FromKeyedServices("AcmeJets")] ISchedAeroClient schedAero,
        [FromKeyedServices("AcmeJets")] IAvinodeMarketplaceClient marketplace)
    {
        public ISchedAeroClient SchedAero { get; } = schedAero;

        public IAvinodeMarketplaceClient Marketplace { get; } = marketplace;
    }
}
