using AviationApis.Core.Options;

namespace AviationApis.Core.Tests.Options;

public sealed class BaseAddressBoundaryTests
{
    [Theory]
    [InlineData("http://127.0.0.1:5000/p/")]
    [InlineData("http://127.8.9.10/")]
    [InlineData("http://localhost:8080/api/")]
    [InlineData("http://[::1]:5000/")]
    [InlineData("https://api.cargoai.co/solutions/")]
    [InlineData("https://ws-acme.cangooroo.net/")]
    public void Https_anywhere_and_http_on_loopback_are_accepted(string address) =>
        Assert.Null(BaseAddressRules.Validate(new Uri(address), "CargoAi:BaseAddress"));

    [Theory]
    [InlineData("http://api.cargoai.co/solutions/")]
    [InlineData("http://10.0.0.5/")]
    [InlineData("http://sandbox.local/")]
    [InlineData("http://128.0.0.1/")]
    public void Cleartext_to_a_non_loopback_host_is_refused_with_the_key_named(string address)
    {
        var problem = BaseAddressRules.Validate(new Uri(address), "Avinode:OAuth:TokenAddress");

        Assert.NotNull(problem);
        Assert.StartsWith("Avinode:OAuth:TokenAddress must use https", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://user:Pa55w0rd@api.cargoai.co/solutions/")]
    [InlineData("https://user@ws-acme.cangooroo.net/")]
    [InlineData("http://user:Pa55w0rd@127.0.0.1:5000/")]
    public void User_information_is_refused_and_not_repeated(string address)
    {
        var problem = BaseAddressRules.Validate(new Uri(address), "Cangooroo:BaseAddress");

        Assert.NotNull(problem);
        Assert.StartsWith("Cangooroo:BaseAddress must not contain user information", problem, StringComparison.Ordinal);
        Assert.DoesNotContain("Pa55w0rd", problem, StringComparison.Ordinal);
        Assert.DoesNotContain("user@", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://api.cargoai.co./solutions/")]
    [InlineData("https://API.CARGOAI.CO/solutions/")]
    [InlineData("https://api.cargoai.co:443/solutions/")]
    public void The_live_host_is_recognised_through_a_trailing_dot_and_case(string address) =>
        Assert.True(BaseAddressRules.IsHost(new Uri(address), ["api.cargoai.co"]));

    [Fact]
    public void Other_hosts_are_not_the_live_host() =>
        Assert.False(BaseAddressRules.IsHost(new Uri("https://api.dev.cargoai.co/solutions/"), ["api.cargoai.co"]));
}
