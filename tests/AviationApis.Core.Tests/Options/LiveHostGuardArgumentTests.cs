using AviationApis.Core.Options;
using Microsoft.Extensions.DependencyInjection;

namespace AviationApis.Core.Tests.Options;

public sealed class LiveHostGuardArgumentTests
{
    private static readonly Uri Elsewhere = new("https://elsewhere.test/");

    [Fact]
    public void Every_guard_needs_the_app_s_services()
    {
        Assert.Equal("services", Assert.Throws<ArgumentNullException>(() => ProductionHostGuard.Check(Elsewhere, ["live.test"], null!, false, "K", "O")).ParamName);
        Assert.Equal("services", Assert.Throws<ArgumentNullException>(() => ProductionHostGuard.CheckTestHost(Elsewhere, ["sandbox.test"], null!, false, "K", "O")).ParamName);
        Assert.Equal("services", Assert.Throws<ArgumentNullException>(() => ProductionHostGuard.WarnOnce(null!, "O", "m")).ParamName);
        Assert.Equal("services", Assert.Throws<ArgumentNullException>(() => HostFacts.From(null!)).ParamName);
    }

    [Fact]
    public void A_warning_needs_its_opt_in_key()
    {
        using var services = new ServiceCollection().BuildServiceProvider();

        Assert.Equal("optInKey", Assert.Throws<ArgumentNullException>(() => ProductionHostGuard.WarnOnce(services, null!, "m")).ParamName);
    }
}
