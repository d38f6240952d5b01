using AviationApis.Core.Http;

namespace AviationApis.Core.Tests.Http;

public sealed class OriginPolicyTests
{
    private static readonly OriginPolicy Policy = new([new Uri("https://api.vendor.example/solutions"), new Uri("http://127.0.0.1:5000/some/prefix/")]);

    [Theory]
    [InlineData("https://api.vendor.example/solutions/search")]
    [InlineData("https://API.Vendor.Example./solutions/search?x=1")]
    [InlineData("https://api.vendor.example:443/solutions/")]
    [InlineData("http://127.0.0.1:5000/some/prefix/users")]
    [InlineData("http://127.0.0.1:5000/some/prefix/a/../b")]
    public void Allows_the_configured_origins_under_their_paths(string uri) => Assert.True(Policy.Allows(new Uri(uri)));

    [Theory]
    [InlineData("http://api.vendor.example/solutions/search")]            // https → http
    [InlineData("https://api.vendor.example:8443/solutions/search")]      // another port
    [InlineData("https://evil.example/solutions/search")]                 // another host
    [InlineData("https://api.vendor.example.evil.example/solutions/")]    // a suffix is not the host
    [InlineData("https://user:pw@api.vendor.example/solutions/search")]   // user information
    [InlineData("https://api.vendor.example/solutionsX/search")]          // a sibling path
    [InlineData("https://api.vendor.example/other/search")]               // outside the base path
    [InlineData("https://api.vendor.example/solutions/../other")]         // climbing
    [InlineData("https://api.vendor.example/solutions/%2e%2e/other")]     // climbing, escaped
    [InlineData("http://127.0.0.1:5001/some/prefix/users")]
    [InlineData("http://localhost:5000/some/prefix/users")]
    [InlineData("ftp://127.0.0.1:5000/some/prefix/users")]
    public void Refuses_anything_else(string uri) => Assert.False(Policy.Allows(new Uri(uri)));

    [Fact]
    public void Refuses_relative_and_missing_uris()
    {
        Assert.False(Policy.Allows(null));
        Assert.False(Policy.Allows(new Uri("/some/prefix/users", UriKind.Relative)));
    }

    [Fact]
    public void The_origin_in_messages_has_no_user_information_path_or_query() =>
        Assert.Equal("https://api.vendor.example:443", OriginPolicy.OriginOf(new Uri("https://user:pw@api.vendor.example/solutions/x?key=secret")));

    [Fact]
    public void Needs_a_base_address() => Assert.Throws<ArgumentException>(() => new OriginPolicy([]));
}
