using System.Net;
using System.Text;
using AviationApis.Core.Errors;
using AviationApis.Core.Http;
using AviationApis.Core.Redaction;
using AviationApis.Core.Tests.Json;

namespace AviationApis.Core.Tests.Http;

public sealed class ApiResponsesTests
{
    private static HttpResponseMessage Response(byte[] body, HttpStatusCode status = HttpStatusCode.OK)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "https://x.test/").SetOperation(new ApiOperation("Test.Get", Idempotency.Idempotent));
        return new HttpResponseMessage(status) { Content = new ByteArrayContent(body), RequestMessage = request };
    }

    [Fact]
    public async Task Reads_a_body_with_a_utf8_bom_and_a_trailing_comma()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("{\"date\":\"2020-01-20\",}")).ToArray();
        using var response = Response(bytes);

        var s = await ApiResponses.ReadJsonAsync(response, TestJsonContext.Camel.Schedule, null, default);

        Assert.Equal(2020, s.Date.Year);
    }

    [Theory]
    [InlineData("{\"date\":\"2020-01-")]
    [InlineData("<html><body>502 Bad Gateway</body></html>")]
    [InlineData("")]
    [InlineData("null")]
    [InlineData("[1,2,3]")]
    public async Task Unreadable_bodies_become_invalid_response_exceptions_never_json_exceptions(string body)
    {
        using var response = Response(Encoding.UTF8.GetBytes(body));

        var ex = await Assert.ThrowsAsync<InvalidResponseException>(() => ApiResponses.ReadJsonAsync(response, TestJsonContext.Camel.Schedule, null, default));

        Assert.Equal("Test.Get", ex.OperationName);
        Assert.NotEmpty(ex.Messages);
    }

    [Fact]
    public async Task The_excerpt_of_an_invalid_body_is_redacted()
    {
        using var response = Response(Encoding.UTF8.GetBytes("{\"password\":\"hunter2-long\",\"card\":\"4111111111111111\""));

        var ex = await Assert.ThrowsAsync<InvalidResponseException>(() => ApiResponses.ReadJsonAsync(response, TestJsonContext.Camel.Schedule, Redactor.Default, default));

        Assert.DoesNotContain("hunter2-long", ex.Details.ResponseExcerpt, StringComparison.Ordinal);
        Assert.DoesNotContain("4111111111111111", ex.Details.ResponseExcerpt, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2-long", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Error_bodies_are_read_as_bounded_text_without_the_bom()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(new string('x', 100_000))).ToArray();
        using var response = Response(bytes, HttpStatusCode.BadGateway);

        var text = await ApiResponses.ReadErrorBodyAsync(response, default);

        Assert.Equal((64 * 1024) - 3, text.Length); // 64 KiB read, the 3-byte BOM dropped
        Assert.StartsWith("xxx", text, StringComparison.Ordinal);
    }
}
