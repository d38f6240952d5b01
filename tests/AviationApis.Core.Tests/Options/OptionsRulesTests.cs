using AviationApis.Core.Options;
using AviationApis.Core.Pipeline;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

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
    [InlineData("Staging", false, false)]
    public void Production_hosts_are_refused_in_development_and_test_environments_unless_allowed(string environment, bool allowed, bool refused)
    {
        var message = ProductionHostGuard.Check(new Uri("https://services.avinode.com/api/"), ["services.avinode.com"], new Env(environment), allowed, "Avinode:BaseAddress", "Avinode:AllowProductionHostInNonProduction");

        Assert.Equal(refused, message is not null);
        if (refused)
        {
            Assert.Contains("Avinode:AllowProductionHostInNonProduction", message, StringComparison.Ordinal);
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

    private sealed class Env(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;

        public string ApplicationName { get; set; } = "tests";

        public string ContentRootPath { get; set; } = "/";

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
