using AviationApis.Core.Options;
using AviationApis.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace AviationApis.Core.Tests.Options;

/// <summary>The guard's matrix: only a Release build in the Production environment, outside a test host, reaches live hosts.</summary>
public sealed class LiveHostGuardTests
{
    private static readonly Uri Live = new("https://api.cargoai.co./solutions/");
    private static readonly string[] LiveHosts = ["api.cargoai.co"];

    public static TheoryData<string?, bool, bool, string> Refused => new()
    {
        { "Production", true, false, "Debug build" },
        { "Staging", false, false, "'Staging'" },
        { "Development", false, false, "'Development'" },
        { "Production", false, true, "test host" },
        { null, false, false, "no host environment" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void The_live_host_is_refused_with_the_setting_named(string? environment, bool debug, bool testHost, string reason)
    {
        using var services = Services(new HostFacts { EnvironmentName = environment, IsDebugBuild = debug, IsTestHost = testHost });

        var problem = ProductionHostGuard.Check(Live, LiveHosts, services, allowed: false, "CargoAi:BaseAddress", "CargoAi:AllowLiveHost");

        Assert.NotNull(problem);
        Assert.StartsWith("CargoAi:BaseAddress points at the production host", problem, StringComparison.Ordinal);
        Assert.Contains("set CargoAi:AllowLiveHost to true", problem, StringComparison.Ordinal);
        Assert.Contains(reason, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Production_and_Release_outside_a_test_host_is_allowed_without_a_warning()
    {
        var logs = new FakeLogCollector();
        using var services = Services(new HostFacts { EnvironmentName = "Production" }, logs);

        Assert.Null(ProductionHostGuard.Check(Live, LiveHosts, services, allowed: false, "CargoAi:BaseAddress", "CargoAi:AllowLiveHost"));
        Assert.Null(ProductionHostGuard.LiveRefusalReason(services));
        Assert.Empty(logs.GetSnapshot());
    }

    [Fact]
    public void The_opt_in_allows_the_live_host_and_is_logged_once_at_warning()
    {
        var logs = new FakeLogCollector();
        using var services = Services(new HostFacts { EnvironmentName = "Staging" }, logs);

        for (var i = 0; i < 3; i++)
        {
            Assert.Null(ProductionHostGuard.Check(Live, LiveHosts, services, allowed: true, "CargoAi:BaseAddress", "CargoAi:AllowLiveHost"));
        }

        var entry = Assert.Single(logs.GetSnapshot());
        Assert.Equal(LogLevel.Warning, entry.Level);
        Assert.Equal(ProductionHostGuard.LogCategory, entry.Category);
        Assert.Contains("CargoAi:AllowLiveHost", entry.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Non_live_hosts_are_not_the_guards_concern()
    {
        using var services = Services(new HostFacts { EnvironmentName = null, IsDebugBuild = true, IsTestHost = true });

        Assert.Null(ProductionHostGuard.Check(new Uri("https://api.dev.cargoai.co/solutions/"), LiveHosts, services, false, "k", "o"));
    }

    [Fact]
    public void A_test_host_is_refused_the_vendor_sandbox_unless_its_opt_in_is_set()
    {
        var sandbox = new Uri("https://sandbox.avinode.com/api/");
        using var test = Services(new HostFacts { EnvironmentName = "Development", IsTestHost = true });
        using var app = Services(new HostFacts { EnvironmentName = "Development" });

        var problem = ProductionHostGuard.CheckTestHost(sandbox, ["sandbox.avinode.com"], test, false, "Avinode:MarketplaceBaseAddress", "Avinode:AllowVendorSandboxInTestHost");

        Assert.NotNull(problem);
        Assert.StartsWith("Avinode:MarketplaceBaseAddress points at the vendor's sandbox host 'sandbox.avinode.com' from a test host", problem, StringComparison.Ordinal);
        Assert.Contains("AviationApis.Sandbox", problem, StringComparison.Ordinal);
        Assert.Contains("Avinode:AllowVendorSandboxInTestHost", problem, StringComparison.Ordinal);
        Assert.Null(ProductionHostGuard.CheckTestHost(sandbox, ["sandbox.avinode.com"], test, true, "k", "o"));
        Assert.Null(ProductionHostGuard.CheckTestHost(sandbox, ["sandbox.avinode.com"], app, false, "k", "o"));
    }

    [Fact]
    public void The_sandbox_opt_in_of_a_test_host_is_logged_once_at_warning()
    {
        var sandbox = new Uri("https://sandbox.avinode.com/api/");
        var logs = new FakeLogCollector();
        using var services = Services(new HostFacts { EnvironmentName = "Development", IsTestHost = true }, logs);

        for (var i = 0; i < 2; i++)
        {
            Assert.Null(ProductionHostGuard.CheckTestHost(sandbox, ["sandbox.avinode.com"], services, true, "Avinode:MarketplaceBaseAddress", "Avinode:AllowVendorSandboxInTestHost"));
        }

        var entry = Assert.Single(logs.GetSnapshot());
        Assert.Equal(LogLevel.Warning, entry.Level);
        Assert.Equal(ProductionHostGuard.LogCategory, entry.Category);
        Assert.Equal(
            "Avinode:MarketplaceBaseAddress points at the vendor's sandbox host 'sandbox.avinode.com' from a test host: allowed because Avinode:AllowVendorSandboxInTestHost is true.",
            entry.Message);
    }

    [Fact]
    public void This_test_run_is_detected_as_a_test_host()
    {
        using var services = new ServiceCollection().BuildServiceProvider();

        Assert.True(ProductionHostGuard.IsTestHost(services));
        Assert.NotNull(ProductionHostGuard.LiveRefusalReason(services));
    }

    [Fact]
    public void A_debug_build_is_recognised_by_its_disabled_jit_optimizer()
    {
#if DEBUG
        const bool expected = true;
#else
        const bool expected = false;
#endif
        Assert.Equal(expected, HostFacts.CompiledForDebugging(typeof(LiveHostGuardTests).Assembly));
        Assert.False(HostFacts.CompiledForDebugging(typeof(object).Assembly));
        Assert.False(HostFacts.CompiledForDebugging(null));
    }

    [Fact]
    public void The_host_environment_is_read_from_the_services_when_nothing_is_simulated()
    {
        using var services = new ServiceCollection().AddSingleton<IHostEnvironment>(new HostingEnvironment { EnvironmentName = "Staging" }).BuildServiceProvider();

        Assert.Equal("Staging", HostFacts.From(services).EnvironmentName);
    }

    private static ServiceProvider Services(HostFacts facts, FakeLogCollector? logs = null)
    {
        var services = new ServiceCollection().AddSingleton(facts);
        if (logs is not null)
        {
            services.AddLogging(b => b.AddProvider(new FakeLoggerProvider(logs)));
        }

        return services.BuildServiceProvider();
    }
}
