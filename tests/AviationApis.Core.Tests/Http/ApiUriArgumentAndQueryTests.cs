using AviationApis.Core.Http;

namespace AviationApis.Core.Tests.Http;

public sealed class ApiUriArgumentAndQueryTests
{
    private static readonly Uri Base = new("https://x.test/api/");

    [Fact]
    public void A_relative_base_address_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => ApiUri.EnsureTrailingSlash(new Uri("api/", UriKind.Relative)));

        Assert.Equal("baseAddress", error.ParamName);
        Assert.StartsWith("The base address must be an absolute URI.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_relative_path_and_an_href_are_required()
    {
        Assert.Equal("baseAddress", Assert.Throws<ArgumentNullException>(() => ApiUri.EnsureTrailingSlash(null!)).ParamName);
        Assert.Equal("relativePath", Assert.Throws<ArgumentNullException>(() => ApiUri.Combine(Base, null!)).ParamName);
        Assert.Throws<ArgumentException>(() => ApiUri.ResolveHref(Base, " "));
    }

    [Theory]
    [InlineData("items", "https://x.test/api/items")]
    [InlineData("items?page=2", "https://x.test/api/items?page=2")]
    [InlineData("?page=2", "https://x.test/api/?page=2")]
    public void A_relative_href_keeps_its_query_once(string href, string expected) =>
        Assert.Equal(expected, ApiUri.ResolveHref(Base, href).AbsoluteUri);

    [Fact]
    public void A_segment_error_names_the_argument_without_its_ToString()
    {
        var dots = "..";

        var error = Assert.Throws<ArgumentException>(() => ApiUri.Segment(dots.ToString()));

        Assert.Equal("dots", error.ParamName);
        Assert.StartsWith("An id or path segment cannot be empty, '.' or '..'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_segment_is_an_argument_null_error() =>
        Assert.Equal("segment", Assert.Throws<ArgumentNullException>(() => ApiUri.Segment(null!, "segment")).ParamName);
}
