using AviationApis.Core.Options;
using AviationApis.Core.Signing;

namespace AviationApis.Core.Tests.Options;

public sealed class HeaderValueRulesTests
{
    public static TheoryData<string> Hostile => new()
    {
        "bob\r\n\r\nGET /smuggled HTTP/1.1\r\nHost: evil.test",
        "bob\rX",
        "bob\nX-Injected: 1",
        "bob\0",
        "bob\tx",
        "bob\u007F",
        "jöhn",
        "账户",
        "bob\u2028",
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Hostile_values_are_refused_with_the_key_named_and_without_the_value(string value)
    {
        var problem = HeaderValueRules.Validate(value, "Avinode:DefaultActAsAccount");

        Assert.NotNull(problem);
        Assert.StartsWith("Avinode:DefaultActAsAccount is sent in an HTTP header", problem, StringComparison.Ordinal);
        Assert.DoesNotContain("bob", problem, StringComparison.Ordinal);
        Assert.False(HeaderValueRules.IsValid(value));
        var error = Assert.Throws<ArgumentException>(() => HeaderValueRules.ThrowIfInvalid(value, "actAsAccount"));
        Assert.Equal("actAsAccount", error.ParamName);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("ada.lovelace@acme.example")]
    [InlineData("Smart Flight Finder v2.3")]
    [InlineData("mF_9.B5f-4.1JqMklj3498dfoFWrw-89qnavn.8234Klnj843jw09ksU")]
    public void Printable_ascii_is_accepted(string? value)
    {
        Assert.Null(HeaderValueRules.Validate(value, "k"));
        Assert.True(HeaderValueRules.IsValid(value));
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public void The_signers_refuse_hostile_values_as_a_last_line_of_defence(string value)
    {
        Assert.Throws<ArgumentException>(() => new ApiKeyHeaderSigner("x-api-key", value));
        var settings = new AvinodeSignerSettings { ApiToken = "token", Product = "Product v1" };
        var bearer = new StaticAccessTokenSource("bearer");
        Assert.Throws<ArgumentException>(() => new AvinodeHeaderSigner(settings with { ApiToken = value }, bearer, TimeProvider.System));
        Assert.Throws<ArgumentException>(() => new AvinodeHeaderSigner(settings with { Product = value }, bearer, TimeProvider.System));
        Assert.Throws<ArgumentException>(() => new AvinodeHeaderSigner(settings with { DefaultActAsAccount = value }, bearer, TimeProvider.System));
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task The_avinode_signer_refuses_a_hostile_per_call_account_or_bearer_token_before_sending(string value)
    {
        var settings = new AvinodeSignerSettings { ApiToken = "token", Product = "Product v1" };
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://x.test/");

        var signer = new AvinodeHeaderSigner(settings, new HostileTokenSource(value), TimeProvider.System);
        var error = await Assert.ThrowsAsync<ArgumentException>(() => signer.SignAsync(request, CancellationToken.None).AsTask());

        Assert.DoesNotContain("X-Avinode-ApiToken", request.Headers.Select(h => h.Key));
        Assert.DoesNotContain(value, error.Message, StringComparison.Ordinal);
    }

    private sealed class HostileTokenSource(string token) : IAccessTokenSource
    {
        public ValueTask<string> GetTokenAsync(CancellationToken cancellationToken) => ValueTask.FromResult(token);
    }
}
