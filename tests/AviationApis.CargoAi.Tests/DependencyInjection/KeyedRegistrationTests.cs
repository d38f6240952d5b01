using AviationApis.CargoAi.DependencyInjection;
using AviationApis.CargoAi.Search;
using Microsoft.Extensions.DependencyInjection;
using RichardSzalay.MockHttp;

namespace AviationApis.CargoAi.Tests.DependencyInjection;

public sealed class KeyedRegistrationTests
{
    [Fact]
    public async Task A_named_client_resolves_as_a_keyed_service_with_its_own_settings()
    {
        var eu = new MockHttpMessageHandler();
        var us = new MockHttpMessageHandler();
        eu.Expect(HttpMethod.Post, "https://eu.test/search").WithHeaders("x-api-key", "key-eu").Respond("application/json", """{"status":"COMPLETED","flights":[]}""");
        us.Expect(HttpMethod.Post, "https://us.test/search").WithHeaders("x-api-key", "key-us").Respond("application/json", """{"status":"COMPLETED","flights":[]}""");
        var services = new ServiceCollection();
        services.AddCargoAiClient("eu", o => { o.ApiKey = "key-eu"; o.BaseAddress = new Uri("https://eu.test/"); }).ConfigurePrimaryHttpMessageHandler(() => eu);
        services.AddCargoAiClient("us", o => { o.ApiKey = "key-us"; o.BaseAddress = new Uri("https://us.test/"); }).ConfigurePrimaryHttpMessageHandler(() => us);
        services.AddSingleton<EuConsumer>();
        using var provider = services.BuildServiceProvider();
        var request = new SearchRequest { Origin = "CDG", Destination = "SIN", DepartureDate = new NodaTime.LocalDate(2025, 1, 1) };

        var consumer = provider.GetRequiredService<EuConsumer>();
        await consumer.Client.Search.SearchSchedulesAsync(request);
        await provider.GetRequiredKeyedService<ICargoAiClient>("us").Search.SearchSchedulesAsync(request);

        eu.VerifyNoOutstandingExpectation();
        us.VerifyNoOutstandingExpectation();
        var factory = provider.GetRequiredService<ICargoAiClientFactory>();
        Assert.Same(factory.Get("eu"), consumer.Client);
        Assert.Same(factory.Get("us"), provider.GetRequiredKeyedService<ICargoAiClient>("us"));
        Assert.NotSame(consumer.Client, provider.GetRequiredKeyedService<ICargoAiClient>("us"));
        Assert.Null(provider.GetKeyedService<ICargoAiClient>("asia"));
        Assert.Null(provider.GetService<ICargoAiClient>());
    }

    [Fact]
    public void The_default_client_is_not_keyed_and_the_keyed_one_is_validated()
    {
        var services = new ServiceCollection();
        services.AddCargoAiClient(o => { o.ApiKey = "k-123456"; o.BaseAddress = new Uri("https://default.test/"); });
        services.AddCargoAiClient("eu", _ => { });
        using var provider = services.BuildServiceProvider();

        Assert.NotNull(provider.GetRequiredService<ICargoAiClient>());
        var error = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() => provider.GetRequiredKeyedService<ICargoAiClient>("eu"));
        Assert.Contains(error.Failures, f => f.Contains("ApiKey is required.", StringComparison.Ordinal));
    }

    private sealed class EuConsumer([FromKeyedServices("eu")] ICargoAiClient client)
    {
        public ICargoAiClient Client { get; } = client;
    }
}
