using AviationApis.Core.Http;

namespace AviationApis.Core.Tests.Http;

public sealed class OriginPolicyArgumentTests
{
    [Fact]
    public void A_policy_needs_at_least_one_base_address()
    {
        Assert.Equal("allowedBaseAddresses", Assert.Throws<ArgumentNullException>(() => new OriginPolicy(null!)).ParamName);
        var error = Assert.Throws<ArgumentException>(() => new OriginPolicy([]));
        Assert.Equal("allowedBaseAddresses", error.ParamName);
        Assert.StartsWith("At least one base address is required.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_relative_or_missing_uri_has_no_origin()
    {
        Assert.Equal("(a relative URI)", OriginPolicy.OriginOf(new Uri("/x", UriKind.Relative)));
        Assert.Equal("(a relative URI)", OriginPolicy.OriginOf(null));
        Assert.Equal("https://x.test:443", OriginPolicy.OriginOf(new Uri("https://user:pw@x.test/a?b=c")));
    }
}
