using System.Diagnostics;
using AviationApis.CargoAi.DependencyInjection;
using AviationApis.CargoAi.Search;
using AviationApis.Core.Pipeline;
using Microsoft.Extensions.DependencyInjection;
using RichardSzalay.MockHttp;

namespace AviationApis.CargoAi.Tests.DependencyInjection;

/// <summary>
/// Issue 15: a registration's pipeline reports under its HttpClient name (<c>AviationApis.CargoAi</c>,
/// <c>AviationApis.CargoAi:&lt;name&gt;</c>), the <c>aviationapis.client</c> tag and the breaker key.
/// </summary>
public sealed class ClientNameTests
{
    [Theory]
    [InlineData("", "AviationApis.CargoAi")]
    [InlineData("acme", "AviationApis.CargoAi:acme")]
    public async Task The_telemetry_client_tag_is_the_HttpClient_name(string name, string expected)
    {
        var mock = new MockHttpMessageHandler();
        mock.When(HttpMethod.Post, "https://cargoai.test/search").Respond("application/json", """{"status":"COMPLETED","flights":[]}""");
        var services = new ServiceCollection();
        var builder = services.AddCargoAiClient(name, o => { o.ApiKey = "k-123456"; o.BaseAddress = new Uri("https://cargoai.test/"); })
            .ConfigurePrimaryHttpMessageHandler(() => mock);
        using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<ICargoAiClientFactory>().Get(name);
        using var testSource = new ActivitySource("AviationApis.CargoAi.Tests.ClientName");
        var stopped = new List<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source == testSource || source.Name is AviationTelemetry.SourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                lock (stopped)
                {
                    stopped.Add(activity);
                }
            },
        };
        ActivitySource.AddActivityListener(listener);

        using (var root = testSource.StartActivity("root"))
        {
            Assert.NotNull(root);
            await client.Search.SearchSchedulesAsync(new SearchRequest { Origin = "CDG", Destination = "SIN", DepartureDate = new NodaTime.LocalDate(2025, 1, 1) });
            List<Activity> mine;
            lock (stopped)
            {
                mine = [.. stopped.Where(a => a.Source.Name == AviationTelemetry.SourceName && a.TraceId == root.TraceId)];
            }

            var call = Assert.Single(mine);
            Assert.Equal(expected, call.GetTagItem("aviationapis.client"));
        }

        Assert.Equal(expected, builder.Name);
    }
}
