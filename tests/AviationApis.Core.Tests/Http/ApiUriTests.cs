using AviationApis.Core.Http;

namespace AviationApis.Core.Tests.Http;

public sealed class ApiUriTests
{
    [Theory]
    [InlineData("http://127.0.0.1:5000/some/prefix/", "users", "http://127.0.0.1:5000/some/prefix/users")]
    [InlineData("http://127.0.0.1:5000/some/prefix", "users", "http://127.0.0.1:5000/some/prefix/users")]
    [InlineData("https://api.cargoai.co/solutions/", "/search", "https://api.cargoai.co/solutions/search")]
    [InlineData("https://ws-client.cangooroo.net/", "ws/Rest/Flight.svc/Search", "https://ws-client.cangooroo.net/ws/Rest/Flight.svc/Search")]
    public void Combine_keeps_the_base_path(string baseAddress, string path, string expected) =>
        Assert.Equal(expected, ApiUri.Combine(new Uri(baseAddress), path).AbsoluteUri);

    [Fact]
    public void Combine_encodes_query_values_and_keeps_sparse_field_brackets()
    {
        var uri = ApiUri.Combine(new Uri("https://x.test/api/"), "users", [new("email", "a+b@c.com"), new("fields[trip]", "origin,avinodeid"), new("skip", null)]);

        Assert.Equal("https://x.test/api/users?email=a%2Bb%40c.com&fields[trip]=origin%2Cavinodeid", uri.AbsoluteUri);
    }

    [Fact]
    public void Absolute_hrefs_are_followed_as_given_and_relative_ones_keep_the_base_path()
    {
        var baseAddress = new Uri("http://127.0.0.1:5000/schedaero/api/");

        Assert.Equal("https://sandbox-schedaero.avinode.com/api/quotes/q-1", ApiUri.ResolveHref(baseAddress, "https://sandbox-schedaero.avinode.com/api/quotes/q-1").AbsoluteUri);
        Assert.Equal("http://127.0.0.1:5000/schedaero/api/streams/quotes/q-1?x=1", ApiUri.ResolveHref(baseAddress, "/streams/quotes/q-1?x=1").AbsoluteUri);
    }

    [Fact]
    public void Segments_are_escaped() => Assert.Equal("a%2Fb%20c", ApiUri.Segment("a/b c"));

    [Theory]
    [InlineData("")]
    [InlineData(".")]
    [InlineData("..")]
    [InlineData("%2e")]
    [InlineData("%2E%2e")]
    [InlineData(".%2E")]
    public void Segment_refuses_dot_segments_naming_the_argument(string id)
    {
        var error = Assert.Throws<ArgumentException>(() => ApiUri.Segment(id));
        Assert.Equal("id", error.ParamName);
    }

    [Theory]
    [InlineData("...", "...")]
    [InlineData("../x", "..%2Fx")]
    [InlineData("a/b?c#d", "a%2Fb%3Fc%23d")]
    [InlineData("%2e%2e%2f", "%252e%252e%252f")]
    public void Segment_keeps_a_value_inside_its_segment(string id, string expected) => Assert.Equal(expected, ApiUri.Segment(id));
}
