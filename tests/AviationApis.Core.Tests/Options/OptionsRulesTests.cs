using AviationApis.Core.Options;
using AviationApis.Core.Pipeline;
using Microsoft.Extensions.DependencyInjection;

namespace AviationApis.Core.Tests.Options;

public sealed class OptionsRulesTests
{
    [Fact]
    public void Base_address_must_be_set_absolute_and_http()
    {
        Assert.Equal("CargoAi:BaseAddress is required.", BaseAddressRules.Validate(null, "CargoAi:BaseAddress"));
        Assert.Contains("absolute", BaseAddressRules.Validate(new Uri("solutions/", UriKind.Relative), "CargoAi:BaseAddress"), StringComparison.Ordinal);
        Assert.Contains("http or https", BaseAddressRules.Validate(new Uri("ftp://x.test/"), "CargoAi:BaseAddress"), StringComparison.Ordinal);
        Assert.Null(BaseAddressRules.Validate(new Uri("http://127.0.0.1:5000/p/"), "CargoAi:BaseAddress"));
    }

    [Theory]
    [InlineData("Development", false, true)]
    [InlineData("Testing", false, true)]
    [InlineData("Development", true, false)]
    [InlineData("Production", false, false)]
    [InlineData("Staging", false, true)]
    public void Production_hosts_are_refused_outside_production_unless_allowed(string environment, bool allowed, bool refused)
    {
        using var services = new ServiceCollection().AddSingleton(new HostFacts { EnvironmentName = environment }).BuildServiceProvider();

        var message = ProductionHostGuard.Check(new Uri("https://services.avinode.com/api/"), ["services.avinode.com"], services, allowed, "Avinode:BaseAddress", "Avinode:AllowLiveHost");

        Assert.Equal(refused, message is not null);
        if (refused)
        {
            Assert.Contains("Avinode:AllowLiveHost", message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Pipeline_options_name_the_key_to_fix()
    {
        var options = new AviationPipelineOptions { MaxRetryAttempts = -1, TotalTimeout = TimeSpan.Zero, CircuitBreakerFailureRatio = 2 };

        var problems = options.Validate("Cangooroo:Pipeline").ToList();

        Assert.Contains("Cangooroo:Pipeline:MaxRetryAttempts must be between 0 and 100.", problems);
        Assert.Contains("Cangooroo:Pipeline:TotalTimeout must be positive.", problems);
        Assert.Contains(problems, p => p.StartsWith("Cangooroo:Pipeline:CircuitBreakerFailureRatio", StringComparison.Ordinal));
        Assert.Empty(new AviationPipelineOptions().Validate("x"));
    }
}
