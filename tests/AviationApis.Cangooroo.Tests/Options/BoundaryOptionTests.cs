using AviationApis.Cangooroo.Options;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AviationApis.Cangooroo.Tests.Options;

/// <summary>
/// The licensee's base address: https unless loopback, and no <c>user:password@</c> (it would reach logs and the
/// <c>url.full</c> tag). Cangooroo sends its credentials in the body, so no option is bound for a header.
/// </summary>
public sealed class BoundaryOptionTests
{
    [Theory]
    [InlineData("http://ws-acme.cangooroo.net/", "Cangooroo:BaseAddress must use https")]
    [InlineData("https://agency:Pa55w0rd@ws-acme.cangooroo.net/", "Cangooroo:BaseAddress must not contain user information")]
    [InlineData("http://agency:Pa55w0rd@127.0.0.1:5000/", "Cangooroo:BaseAddress must not contain user information")]
    public void Cleartext_and_userinfo_base_addresses_are_refused_naming_the_key(string address, string message)
    {
        var services = new ServiceCollection();
        services.AddCangoorooClient(o => { o.BaseAddress = new Uri(address); o.Username = "agency"; o.Password = "secret"; });
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptionsMonitor<CangoorooClientOptions>>().Get(Microsoft.Extensions.Options.Options.DefaultName));

        Assert.Contains(error.Failures, f => f.StartsWith(message, StringComparison.Ordinal));
        Assert.DoesNotContain(error.Failures, f => f.Contains("Pa55w0rd", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("https://ws-acme.cangooroo.net/")]
    [InlineData("http://127.0.0.1:5000/some/prefix/")]
    [InlineData("http://localhost:5000/")]
    public void Https_and_loopback_http_are_accepted(string address)
    {
        var services = new ServiceCollection();
        services.AddCangoorooClient(o => { o.BaseAddress = new Uri(address); o.Username = "agency"; o.Password = "secret"; });
        using var provider = services.BuildServiceProvider();

        Assert.Equal(new Uri(address), provider.GetRequiredService<IOptionsMonitor<CangoorooClientOptions>>().Get(Microsoft.Extensions.Options.Options.DefaultName).BaseAddress);
    }
}
