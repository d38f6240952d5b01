using System.Net;
using AviationApis.Avinode.Resources;
using AviationApis.Avinode.Tests.Infrastructure;
using AviationApis.Core.Errors;

namespace AviationApis.Avinode.Tests.Transport;

/// <summary>Issue 16: error texts the serializer cannot read are decoded leniently (U+FFFD), never an exception.</summary>
public sealed class VendorTextTests
{
    [Theory]
    [InlineData("""[{"code":"ERR_INPUT_GENERIC_INVALID","title":"Bad \uD800 segment","path":"segments\uDC00"}]""", "ERR_INPUT_GENERIC_INVALID: Bad \uFFFD segment (at segments\uFFFD)")]
    [InlineData("""[null,{"title":"\uDBFF"},7]""", "\uFFFD")]
    public async Task An_error_body_with_a_lone_surrogate_keeps_its_errors(string errors, string expected)
    {
        using var harness = new AvinodeHarness();
        harness.Handler = (_, _) => AvinodeHarness.Errors(HttpStatusCode.BadRequest, errors);

        var error = await Assert.ThrowsAnyAsync<AviationApiException>(() => harness.Run(c => c.GetPersonAsync(new ResourceId("contact-1"))));

        Assert.Equal([expected], error.Messages);
    }

    [Fact]
    public async Task An_error_body_in_latin1_keeps_its_errors()
    {
        using var harness = new AvinodeHarness();
        harness.Handler = (_, _) => new HttpResponseMessage(HttpStatusCode.BadRequest)
        {
            Content = new ByteArrayContent(System.Text.Encoding.Latin1.GetBytes("{\"meta\":{\"errors\":[{\"code\":\"ERR\",\"title\":\"Donn\u00E9es invalides\"}]}}")),
        };

        var error = await Assert.ThrowsAnyAsync<AviationApiException>(() => harness.Run(c => c.GetPersonAsync(new ResourceId("contact-1"))));

        Assert.Equal(["ERR: Donn\uFFFDes invalides"], error.Messages);
    }
}
