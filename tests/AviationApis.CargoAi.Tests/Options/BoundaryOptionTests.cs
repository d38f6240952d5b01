using AviationApis.CargoAi.DependencyInjection;
using AviationApis.CargoAi.Options;
using AviationApis.Core.Options;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;

namespace AviationApis.CargoAi.Tests.Options;

/// <summary>What a CargoAi request may carry and where it may go, checked at start-up; the server sees nothing.</summary>
public sealed class BoundaryOptionTests
{
    public static TheoryData<string> HostileKeys => new()
    {
        "ck_live_1\r\n\r\nGET /smuggled HTTP/1.1\r\nHost: 127.0.0.1",
        "ck_live_1\r",
        "ck_live_1\nX-Injected: 1",
        "ck_live_1\0",
        "ck_live_é1",
    };

    [Theory]
    [MemberData(nameof(HostileKeys))]
    public void A_hostile_api_key_is_refused_naming_the_key_and_nothing_is_sent(string apiKey)
    {
        var (provider, mock) = Build(o => o.ApiKey = apiKey);
        using (provider)
        {
            var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<ICargoAiClient>());

            Assert.Contains(error.Failures, f => f.StartsWith("CargoAi:ApiKey is sent in an HTTP header", StringComparison.Ordinal));
            Assert.DoesNotContain(error.Failures, f => f.Contains("ck_live_", StringComparison.Ordinal));
            Assert.Equal(0, mock.Sent);
        }
    }

    [Theory]
    [InlineData("http://api.dev.cargoai.co/solutions/", "CargoAi:BaseAddress must use https")]
    [InlineData("https://user:Pa55w0rd@api.dev.cargoai.co/solutions/", "CargoAi:BaseAddress must not contain user information")]
    public void Cleartext_and_userinfo_base_addresses_are_refused(string address, string message)
    {
        var (provider, _) = Build(o => o.BaseAddress = new Uri(address));
        using (provider)
        {
            var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<ICargoAiClient>());

            Assert.Contains(error.Failures, f => f.StartsWith(message, StringComparison.Ordinal));
            Assert.DoesNotContain(error.Failures, f => f.Contains("Pa55w0rd", StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("https://api.cargoai.co./solutions/", "Production", true, false)]
    [InlineData("https://api.cargoai.co/solutions/", "Staging", false, false)]
    [InlineData("https://api.cargoai.co/solutions/", null, false, false)]
    [InlineData("https://api.cargoai.co/solutions/", "Production", false, true)]
    public void The_live_host_is_refused_for_debug_builds_other_environments_no_environment_and_test_hosts(string address, string? environment, bool debug, bool testHost)
    {
        var (provider, _) = Build(o => o.BaseAddress = new Uri(address), new HostFacts { EnvironmentName = environment, IsDebugBuild = debug, IsTestHost = testHost });
        using (provider)
        {
            var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<ICargoAiClient>());

            Assert.Contains(error.Failures, f => f.StartsWith("CargoAi:BaseAddress points at the production host", StringComparison.Ordinal) && f.Contains("CargoAi:AllowLiveHost", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Production_and_Release_reach_the_live_host_and_the_opt_in_is_logged_once_at_warning()
    {
        var (production, _) = Build(o => o.BaseAddress = new Uri(CargoAiClientOptions.ProductionBaseAddress), new HostFacts { EnvironmentName = "Production" });
        using (production)
        {
            Assert.NotNull(production.GetRequiredService<ICargoAiClient>());
        }

        var logs = new FakeLogCollector();
        var (optedIn, _) = Build(o => { o.BaseAddress = new Uri(CargoAiClientOptions.ProductionBaseAddress); o.AllowLiveHost = true; }, new HostFacts { EnvironmentName = "Staging" }, logs);
        using (optedIn)
        {
            Assert.NotNull(optedIn.GetRequiredService<ICargoAiClient>());
            Assert.NotNull(optedIn.GetRequiredService<ICargoAiClientFactory>().Get(Microsoft.Extensions.Options.Options.DefaultName));
        }

        var warning = Assert.Single(logs.GetSnapshot(), e => e.Category == ProductionHostGuard.LogCategory);
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Contains("CargoAi:AllowLiveHost", warning.Message, StringComparison.Ordinal);
    }

    private static (ServiceProvider Provider, CountingHandler Mock) Build(Action<CargoAiClientOptions> configure, HostFacts? facts = null, FakeLogCollector? logs = null)
    {
        var mock = new CountingHandler();
        var services = new ServiceCollection();
        if (facts is not null)
        {
            services.AddSingleton(facts);
        }

        if (logs is not null)
        {
            services.AddLogging(b => b.AddProvider(new FakeLoggerProvider(logs)));
        }

        services.AddCargoAiClient(o =>
        {
            o.ApiKey = "ck_live_valid";
            o.BaseAddress = new Uri(CargoAiClientOptions.DevelopmentBaseAddress);
            configure(o);
        }).ConfigurePrimaryHttpMessageHandler(() => mock);
        return (services.BuildServiceProvider(), mock);
    }

    private sealed class CountingHandler : HttpMessageHandler
    {
        private int _sent;

        public int Sent => Volatile.Read(ref _sent);

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _sent);
            return Task.FromResult(new HttpResponseMessage(System.Net.HttpStatusCode.OK));
        }
    }
}
