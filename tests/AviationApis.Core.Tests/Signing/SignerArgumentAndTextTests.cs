using AviationApis.Core.Http;
using AviationApis.Core.Signing;

namespace AviationApis.Core.Tests.Signing;

public sealed class SignerArgumentAndTextTests
{
    private static readonly AvinodeSignerSettings Settings = new() { ApiToken = "api-token-1", Product = "Product 1.0" };

    [Fact]
    public void An_api_key_signer_needs_a_header_name_and_a_key()
    {
        Assert.Equal("headerName", Assert.Throws<ArgumentException>(() => new ApiKeyHeaderSigner(" ", "key-1")).ParamName);
        Assert.Equal("apiKey", Assert.Throws<ArgumentException>(() => new ApiKeyHeaderSigner("x-api-key", " ")).ParamName);
        Assert.Equal("request", Assert.Throws<ArgumentNullException>(() => new ApiKeyHeaderSigner("x-api-key", "key-1").SignAsync(null!, default)).ParamName);
    }

    [Fact]
    public void Signers_print_without_their_secrets()
    {
        Assert.Equal("ApiKeyHeaderSigner(x-api-key: [REDACTED])", new ApiKeyHeaderSigner("x-api-key", "key-1").ToString());
        Assert.Equal("StaticAccessTokenSource([REDACTED])", new StaticAccessTokenSource("bearer-1").ToString());
        Assert.Equal(
            "AvinodeHeaderSigner(AvinodeSignerSettings { ApiToken = [REDACTED], Product = Product 1.0, ApiVersion = v1, DefaultActAsAccount =  })",
            new AvinodeHeaderSigner(Settings, new StaticAccessTokenSource("bearer-1"), TimeProvider.System).ToString());
    }

    [Fact]
    public void A_static_token_is_required() =>
        Assert.Throws<ArgumentException>(() => new StaticAccessTokenSource(" "));

    [Fact]
    public void An_avinode_signer_refuses_missing_or_unsendable_settings()
    {
        var bearer = new StaticAccessTokenSource("bearer-1");

        Assert.Equal("settings", Assert.Throws<ArgumentNullException>(() => new AvinodeHeaderSigner(null!, bearer, TimeProvider.System)).ParamName);
        Assert.Throws<ArgumentException>(() => new AvinodeHeaderSigner(Settings with { ApiToken = " " }, bearer, TimeProvider.System));
        Assert.Equal("ApiVersion", Assert.Throws<ArgumentException>(() => new AvinodeHeaderSigner(Settings with { ApiVersion = "v1\r\nX: 1" }, bearer, TimeProvider.System)).ParamName);
        Assert.Throws<ArgumentException>(() => new AvinodeHeaderSigner(Settings with { ApiVersion = " " }, bearer, TimeProvider.System));
        Assert.Equal("request", Assert.Throws<ArgumentNullException>(() => new AvinodeHeaderSigner(Settings, bearer, TimeProvider.System).SignAsync(null!, default).AsTask().GetAwaiter().GetResult()).ParamName);
    }

    [Fact]
    public async Task The_call_s_act_as_account_wins_over_the_default()
    {
        var signer = new AvinodeHeaderSigner(Settings with { DefaultActAsAccount = "acct-default" }, new StaticAccessTokenSource("bearer-1"), TimeProvider.System);
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://x.test/").SetActAsAccount("acct-call");

        await signer.SignAsync(request, default);

        Assert.Equal(["acct-call"], request.Headers.GetValues(AvinodeHeaders.ActAsAccount));
    }

    [Fact]
    public async Task An_unsendable_bearer_token_is_refused_by_name()
    {
        var signer = new AvinodeHeaderSigner(Settings, new StaticAccessTokenSource("bearer\r\nX-Evil: 1"), TimeProvider.System);
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://x.test/");

        var error = await Assert.ThrowsAsync<ArgumentException>(() => signer.SignAsync(request, default).AsTask());

        Assert.Equal("bearer token", error.ParamName);
        Assert.False(request.Headers.Contains(AvinodeHeaders.ApiToken));
    }

    [Fact]
    public async Task An_unsendable_act_as_account_is_refused_by_name()
    {
        var signer = new AvinodeHeaderSigner(Settings, new StaticAccessTokenSource("bearer-1"), TimeProvider.System);
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://x.test/");
        HttpRequestMessageExtensions.GetState(request).ActAsAccount = "acct\r\nX-Evil: 1";

        var error = await Assert.ThrowsAsync<ArgumentException>(() => signer.SignAsync(request, default).AsTask());

        Assert.Equal("actAsAccount", error.ParamName);
        Assert.False(request.Headers.Contains(AvinodeHeaders.ActAsAccount));
    }

    [Fact]
    public async Task A_missing_request_is_refused_before_a_bearer_token_is_asked_for()
    {
        var bearer = new CountingTokenSource();
        var signer = new AvinodeHeaderSigner(Settings, bearer, TimeProvider.System);

        var error = await Assert.ThrowsAsync<ArgumentNullException>(() => signer.SignAsync(null!, default).AsTask());

        Assert.Equal("request", error.ParamName);
        Assert.Equal(0, bearer.Asked);
    }

    /// <summary>A token source that counts how often it was asked (a real one may fetch the token over the network).</summary>
    private sealed class CountingTokenSource : IAccessTokenSource
    {
        public int Asked { get; private set; }

        public ValueTask<string> GetTokenAsync(CancellationToken cancellationToken)
        {
            Asked++;
            return ValueTask.FromResult("bearer-1");
        }
    }
}
