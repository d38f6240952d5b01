using AviationApis.Avinode.DependencyInjection;
using AviationApis.Avinode.Options;
using AviationApis.Avinode.SchedAero;
using AviationApis.Avinode.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RichardSzalay.MockHttp;

namespace AviationApis.Avinode.Tests.DependencyInjection;

/// <summary>
/// Issue 15: the unnamed connection is <see cref="Microsoft.Extensions.Options.Options.DefaultName"/> and binds the
/// <c>Avinode</c> section; a named one binds <c>Avinode:&lt;name&gt;</c>. HttpClient names follow one rule.
/// </summary>
public sealed class ConnectionNameTests
{
    [Fact]
    public void The_unnamed_connection_is_the_default_options_name_and_names_the_Avinode_section()
    {
        var services = new ServiceCollection();
        var builder = services.AddAvinodeClient(o =>
        {
            AvinodeHarness.Defaults(o);
            o.Product = null;
        }).ConfigurePrimaryHttpMessageHandler(() => new MockHttpMessageHandler());
        using var provider = services.BuildServiceProvider();

        Assert.Equal("AviationApis.Avinode", builder.Name);
        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<ISchedAeroClientFactory>().Get(Microsoft.Extensions.Options.Options.DefaultName));
        Assert.Equal(Microsoft.Extensions.Options.Options.DefaultName, error.OptionsName);
        Assert.Contains("Avinode:Product is required.", error.Failures);
    }

    [Fact]
    public void A_named_connection_names_its_own_section()
    {
        var services = new ServiceCollection();
        var builder = services.AddAvinodeClient("AcmeJets", o =>
        {
            AvinodeHarness.Defaults(o);
            o.Product = null;
        }).ConfigurePrimaryHttpMessageHandler(() => new MockHttpMessageHandler());
        using var provider = services.BuildServiceProvider();

        Assert.Equal("AviationApis.Avinode:AcmeJets", builder.Name);
        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<ISchedAeroClientFactory>().Get("AcmeJets"));
        Assert.Contains("Avinode:AcmeJets:Product is required.", error.Failures);
        Assert.Null(provider.GetService<ISchedAeroClient>());
    }

    [Fact]
    public void Configuration_binds_the_unnamed_connection_from_Avinode_and_a_named_one_from_Avinode_name()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Avinode:ApiToken"] = AvinodeHarness.ApiToken,
            ["Avinode:Product"] = "Unnamed product",
            ["Avinode:AllowVendorSandboxInTestHost"] = "true",
            ["Avinode:AuthorizationToken"] = AvinodeHarness.AuthorizationToken,
            ["Avinode:AcmeJets:ApiToken"] = AvinodeHarness.ApiToken,
            ["Avinode:AcmeJets:Product"] = "Named product",
            ["Avinode:AcmeJets:AllowVendorSandboxInTestHost"] = "true",
            ["Avinode:AcmeJets:AuthorizationToken"] = AvinodeHarness.AuthorizationToken,
        }).Build();
        var services = new ServiceCollection();
        services.AddAvinodeClient(configuration.GetSection(AvinodeClientOptions.SectionName));
        services.AddAvinodeClient("AcmeJets", configuration.GetSection($"{AvinodeClientOptions.SectionName}:AcmeJets"));
        using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptionsMonitor<AvinodeClientOptions>>();
        Assert.Equal("Unnamed product", options.Get(Microsoft.Extensions.Options.Options.DefaultName).Product);
        Assert.Equal("Named product", options.Get("AcmeJets").Product);
    }
}
