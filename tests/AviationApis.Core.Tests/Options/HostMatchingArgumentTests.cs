using AviationApis.Core.Options;

namespace AviationApis.Core.Tests.Options;

public sealed class HostMatchingArgumentTests
{
    [Fact]
    public void A_host_list_and_an_address_are_required()
    {
        Assert.Equal("hosts", Assert.Throws<ArgumentNullException>(() => BaseAddressRules.IsHost(new Uri("https://a.test/"), null!)).ParamName);
        Assert.Equal("hosts", Assert.Throws<ArgumentNullException>(() => BaseAddressRules.IsHost(null, null!)).ParamName);
        Assert.Equal("address", Assert.Throws<ArgumentNullException>(() => BaseAddressRules.IsLoopback(null!)).ParamName);
    }

    [Fact]
    public void A_missing_or_relative_address_is_no_host_and_not_loopback()
    {
        Assert.False(BaseAddressRules.IsHost(null, ["a.test"]));
        Assert.False(BaseAddressRules.IsHost(new Uri("/a.test", UriKind.Relative), ["a.test"]));
        Assert.False(BaseAddressRules.IsLoopback(new Uri("/localhost", UriKind.Relative)));
    }

    [Fact]
    public void Any_one_of_several_hosts_matches()
    {
        Assert.True(BaseAddressRules.IsHost(new Uri("https://b.test/x"), ["a.test", "b.test."]));
        Assert.False(BaseAddressRules.IsHost(new Uri("https://c.test/x"), ["a.test", "b.test"]));
    }
}
