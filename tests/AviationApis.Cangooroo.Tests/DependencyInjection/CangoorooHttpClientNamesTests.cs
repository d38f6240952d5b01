using System.Diagnostics.Metrics;
using AviationApis.Cangooroo.Tests.Infrastructure;
using AviationApis.Core.Pipeline;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Time.Testing;
using RichardSzalay.MockHttp;

namespace AviationApis.Cangooroo.Tests.DependencyInjection;

/// <summary>A connection's <c>HttpClient</c> name is also its pipeline's client name (telemetry tag and breaker key).</summary>
public sealed class CangoorooHttpClientNamesTests
{
    [Fact]
    public async Task The_telemetry_client_tag_is_the_HttpClient_name_of_the_connection()
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(new FakeTimeProvider());
        services.AddMetrics();
        var mock = new MockHttpMessageHandler();
        mock.When("*").Respond("application/json", CangoorooHarness.Payload("details-response.json"));
        var unnamed = services.AddCangoorooClient(o => { o.BaseAddress = new Uri("https://a.example/"); o.Username = "a"; o.Password = "pass-a"; })
            .ConfigurePrimaryHttpMessageHandler(() => mock);
        var named = services.AddCangoorooClient("acme", o => { o.BaseAddress = new Uri("https://b.example/"); o.Username = "b"; o.Password = "pass-b"; })
            .ConfigurePrimaryHttpMessageHandler(() => mock);
        using var provider = services.BuildServiceProvider();
        using var attempts = new MetricCollector<long>(provider.GetRequiredService<IMeterFactory>(), AviationTelemetry.MeterName, "aviationapis.client.attempts");

        await provider.GetRequiredService<ICangoorooFlightClient>().GetServiceDetailsAsync("379");
        await provider.GetRequiredKeyedService<ICangoorooFlightClient>("acme").GetServiceDetailsAsync("379");

        Assert.Equal("AviationApis.Cangooroo", unnamed.Name);
        Assert.Equal("AviationApis.Cangooroo:acme", named.Name);
        Assert.Equal([unnamed.Name, named.Name], attempts.GetMeasurementSnapshot().Select(m => (string?)m.Tags["aviationapis.client"]));
    }
}
