using System.Net;
using AviationApis.CargoAi.DependencyInjection;
using AviationApis.CargoAi.Options;
using AviationApis.CargoAi.Search;
using AviationApis.CargoAi.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RichardSzalay.MockHttp;

namespace AviationApis.CargoAi.Tests.DependencyInjection;

public sealed class RegistrationTests
{
    [Fact]
    public void A_missing_api_key_names_the_key()
    {
        var services = new ServiceCollection();
        services.AddCargoAiClient(_ => { });
        using var provider = services.BuildServiceProvider();

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<ICargoAiClient>());

        Assert.Contains("CargoAi:ApiKey is required.", ex.Failures);
    }

    [Fact]
    public void Configuration_binding_validates_with_the_section_path()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["CargoAi:BaseAddress"] = "/relative",
            ["CargoAi:PollInterval"] = "00:00:00",
            ["CargoAi:Pipeline:MaxRetryAttempts"] = "-1",
        }).Build();
        var services = new ServiceCollection();
        services.AddCargoAiClient(configuration.GetSection("CargoAi"));
        using var provider = services.BuildServiceProvider();

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<ICargoAiClient>());

        Assert.Contains(ex.Failures, f => f.StartsWith("CargoAi:BaseAddress must be an absolute URI", StringComparison.Ordinal));
        Assert.Contains("CargoAi:ApiKey is required.", ex.Failures);
        Assert.Contains("CargoAi:PollInterval must be positive.", ex.Failures);
        Assert.Contains(ex.Failures, f => f.StartsWith("CargoAi:Pipeline:MaxRetryAttempts", StringComparison.Ordinal));
    }

    [Fact]
    public void Configuration_binding_reads_the_keys()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["CargoAi:BaseAddress"] = CargoAiClientOptions.DevelopmentBaseAddress,
            ["CargoAi:ApiKey"] = "k-123456",
            ["CargoAi:Pipeline:MaxRetryAttempts"] = "1",
        }).Build();
        var services = new ServiceCollection();
        services.AddCargoAiClient(configuration.GetSection("CargoAi"));
        using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptionsMonitor<CargoAiClientOptions>>().Get(Microsoft.Extensions.Options.Options.DefaultName);

        Assert.Equal(new Uri("https://api.dev.cargoai.co/solutions/"), options.BaseAddress);
        Assert.Equal("k-123456", options.ApiKey);
        Assert.Equal(1, options.Pipeline.MaxRetryAttempts);
        Assert.NotNull(provider.GetRequiredService<ICargoAiClient>());
    }

    [Fact]
    public void Defaults_and_redacted_ToString()
    {
        var options = new CargoAiClientOptions { ApiKey = "super-secret-key" };

        Assert.Equal(new Uri("https://api.cargoai.co/solutions/"), options.BaseAddress);
        Assert.DoesNotContain("super-secret-key", options.ToString(), StringComparison.Ordinal);
        Assert.Contains("[REDACTED]", options.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Named_clients_use_their_own_key_and_address()
    {
        var first = new MockHttpMessageHandler();
        var second = new MockHttpMessageHandler();
        first.Expect(HttpMethod.Post, "https://first.test/api/search").WithHeaders("x-api-key", "key-first").Respond("application/json", """{"status":"COMPLETED","flights":[]}""");
        second.Expect(HttpMethod.Post, "https://second.test/search").WithHeaders("x-api-key", "key-second").Respond("application/json", """{"status":"COMPLETED","flights":[]}""");
        var services = new ServiceCollection();
        services.AddCargoAiClient("first", o => { o.ApiKey = "key-first"; o.BaseAddress = new Uri("https://first.test/api"); }).ConfigurePrimaryHttpMessageHandler(() => first);
        services.AddCargoAiClient("second", o => { o.ApiKey = "key-second"; o.BaseAddress = new Uri("https://second.test/"); }).ConfigurePrimaryHttpMessageHandler(() => second);
        using var provider = services.BuildServiceProvider();
        var factory = provider.GetRequiredService<ICargoAiClientFactory>();
        var request = new SearchRequest { Origin = "CDG", Destination = "SIN", DepartureDate = new NodaTime.LocalDate(2025, 1, 1) };

        await factory.Get("first").Search.SearchSchedulesAsync(request);
        await factory.Get("second").Search.SearchSchedulesAsync(request);

        first.VerifyNoOutstandingExpectation();
        second.VerifyNoOutstandingExpectation();
        Assert.Same(factory.Get("first"), factory.Get("first"));
        Assert.Throws<InvalidOperationException>(() => factory.Get("third"));
        Assert.Null(provider.GetService<ICargoAiClient>());
    }

    [Fact]
    public void The_client_is_a_singleton()
    {
        using var h = new CargoAiHarness();
        var services = new ServiceCollection();
        services.AddCargoAiClient(o => { o.ApiKey = "k-123456"; o.BaseAddress = new Uri(CargoAiClientOptions.DevelopmentBaseAddress); });
        using var provider = services.BuildServiceProvider();

        Assert.Same(provider.GetRequiredService<ICargoAiClient>(), provider.GetRequiredService<ICargoAiClient>());
    }

    [Fact]
    public void The_production_host_is_refused_in_development_unless_allowed()
    {
        ServiceProvider Build(bool allow)
        {
            var services = new ServiceCollection();
            services.AddSingleton<Microsoft.Extensions.Hosting.IHostEnvironment>(new Microsoft.Extensions.Hosting.Internal.HostingEnvironment { EnvironmentName = "Development" });
            services.AddSingleton(new AviationApis.Core.Options.HostFacts { EnvironmentName = "Development" });
            services.AddCargoAiClient(o => { o.ApiKey = "k-123456"; o.AllowLiveHost = allow; });
            return services.BuildServiceProvider();
        }

        using (var refused = Build(allow: false))
        {
            var ex = Assert.Throws<OptionsValidationException>(() => refused.GetRequiredService<ICargoAiClient>());
            Assert.Contains(ex.Failures, f => f.StartsWith("CargoAi:BaseAddress points at the production host 'api.cargoai.co'", StringComparison.Ordinal));
        }

        using var allowed = Build(allow: true);
        Assert.NotNull(allowed.GetRequiredService<ICargoAiClient>());
    }
}
