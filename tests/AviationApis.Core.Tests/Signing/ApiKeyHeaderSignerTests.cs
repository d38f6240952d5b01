using AviationApis.Core.Signing;

namespace AviationApis.Core.Tests.Signing;

public sealed class ApiKeyHeaderSignerTests
{
    [Fact]
    public async Task Sets_the_header_once_even_when_signing_again()
    {
        var signer = new ApiKeyHeaderSigner("x-api-key", "cargo-key-123456");
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://example.test/");

        await signer.SignAsync(request, default);
        await signer.SignAsync(request, default);

        Assert.Equal("cargo-key-123456", Assert.Single(request.Headers.GetValues("x-api-key")));
        Assert.DoesNotContain("cargo-key-123456", signer.ToString(), StringComparison.Ordinal);
    }
}
