using AviationApis.Core.Pipeline;
using AviationApis.Core.Redaction;

namespace AviationApis.Core.Tests.Pipeline;

public sealed class HeaderFormatterTests
{
    private static readonly ISet<string> AllowList = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "X-Trace", "Content-Type", "Authorization" };

    [Fact]
    public void Listed_values_are_written_and_every_other_value_is_redacted()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "http://127.0.0.1/x") { Content = new StringContent("{}") };
        request.Headers.TryAddWithoutValidation("X-Trace", ["a-1", "b-2"]);
        request.Headers.TryAddWithoutValidation("X-Api-Key", "k-123456");
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer tok-123456");
        request.Content.Headers.TryAddWithoutValidation("Content-Language", "en");

        var text = HeaderFormatter.Format(request.Headers, request.Content.Headers, AllowList, new Redactor(["tok-123456"]));

        Assert.Equal(
            "X-Trace: a-1; X-Trace: b-2; X-Api-Key: [REDACTED]; Authorization: [REDACTED]; Content-Type: text/plain; charset=utf-8; Content-Language: [REDACTED]",
            text);
    }

    [Fact]
    public void Listed_values_still_lose_known_secrets()
    {
        using var response = new HttpResponseMessage();
        response.Headers.TryAddWithoutValidation("X-Trace", "id-s3cret-v4lue");

        Assert.Equal("X-Trace: id-[REDACTED]", HeaderFormatter.Format(response.Headers, null, AllowList, new Redactor(["s3cret-v4lue"])));
    }

    [Fact]
    public void Content_headers_alone_have_no_leading_separator()
    {
        using var response = new HttpResponseMessage();
        using var content = new ByteArrayContent([]);
        content.Headers.TryAddWithoutValidation("Content-Type", "application/json");

        Assert.Equal("Content-Type: application/json", HeaderFormatter.Format(response.Headers, content.Headers, AllowList, Redactor.Default));
        Assert.Equal(string.Empty, HeaderFormatter.Format(response.Headers, null, AllowList, Redactor.Default));
    }
}
