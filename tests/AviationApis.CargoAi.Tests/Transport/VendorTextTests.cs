using System.Net;
using System.Text;
using AviationApis.CargoAi.Tests.Infrastructure;
using AviationApis.CargoAi.Tests.Search;
using AviationApis.CargoAi.Transport;
using AviationApis.Core.Errors;
using RichardSzalay.MockHttp;

namespace AviationApis.CargoAi.Tests.Transport;

/// <summary>
/// Issue 16: null flights in a batch are skipped, and vendor error texts in Latin-1 (invalid UTF-8) or with an escaped
/// lone surrogate are decoded leniently (U+FFFD in place of the broken characters), never an InvalidOperationException.
/// </summary>
public sealed class VendorTextTests
{
    [Fact]
    public async Task A_STARTED_batch_with_null_flights_is_merged_without_them()
    {
        using var h = new CargoAiHarness(o => o.PollInterval = TimeSpan.FromSeconds(3));
        const string First = """{"id":"s-1","status":"STARTED","flights":[null,{"flightUUID":"f-1"},null]}""";
        const string Last = """{"id":"s-1","status":"COMPLETED","flights":[null,{"flightUUID":"f-2"}]}""";
        h.Respond(HttpMethod.Post, "search", (HttpStatusCode.Accepted, First), (HttpStatusCode.OK, Last));

        var result = await h.RunAsync(c => c.Search.SearchAsync(SearchTests.QuoteAndBook()));

        Assert.Equal(["f-1", "f-2"], result.Flights!.Select(f => f.FlightUuid));
    }

    [Fact]
    public async Task A_single_batch_with_null_flights_returns_only_the_flights()
    {
        using var h = new CargoAiHarness();
        h.Respond(HttpMethod.Post, "search", (HttpStatusCode.OK, """{"id":"s-1","status":"COMPLETED","flights":[null,{"flightUUID":"f-1"},null]}"""));

        var result = await h.RunAsync(c => c.Search.SearchAsync(SearchTests.QuoteAndBook()));

        Assert.Equal(["f-1"], result.Flights!.Select(f => f.FlightUuid));
    }

    [Fact]
    public async Task Each_progressive_batch_comes_without_null_flights()
    {
        using var h = new CargoAiHarness(o => o.PollInterval = TimeSpan.FromSeconds(3));
        h.Respond(
            HttpMethod.Post,
            "search",
            (HttpStatusCode.Accepted, """{"id":"s-1","status":"STARTED","flights":[null,{"flightUUID":"f-1"}]}"""),
            (HttpStatusCode.OK, """{"id":"s-1","status":"COMPLETED","flights":[null]}"""));

        var counts = await h.RunAsync(async c =>
        {
            var seen = new List<int>();
            await foreach (var batch in c.Search.SearchProgressivelyAsync(SearchTests.QuoteAndBook()))
            {
                Assert.DoesNotContain(null, batch.Flights!);
                seen.Add(batch.Flights!.Count);
            }

            return seen;
        });

        Assert.Equal([1, 0], counts);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_200_error_shape_with_a_broken_message_is_an_invalid_response_with_the_text_kept(bool loneSurrogate)
    {
        using var h = new CargoAiHarness();
        var body = loneSurrogate
            ? Encoding.ASCII.GetBytes("""{"statusCode":401,"message":"Cl\u00e9 \uD800 invalide"}""")
            : Encoding.Latin1.GetBytes("{\"statusCode\":401,\"message\":\"Cl\u00E9 API invalide\"}");
        h.Mock.When(HttpMethod.Post, CargoAiHarness.Base + "search").Respond(_ => new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new ByteArrayContent(body) { Headers = { { "Content-Type", "application/json" } } },
        });

        var ex = await Assert.ThrowsAsync<InvalidResponseException>(() => h.RunAsync(c => c.Search.SearchAsync(SearchTests.QuoteAndBook())));

        var expected = loneSurrogate ? "Cl\u00E9 \uFFFD invalide" : "Cl\uFFFD API invalide";
        Assert.Equal([expected], ex.Messages);
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest, """{"message":"Invalid \uD800 user"}""", "Invalid \uFFFD user")]
    [InlineData(HttpStatusCode.BadRequest, """{"error":"x\uDC00"}""", "x\uFFFD")]
    [InlineData(HttpStatusCode.BadRequest, """[{"field":"dest\uD800","error":"\uDBFF not found"}]""", "\uFFFD not found")]
    [InlineData(HttpStatusCode.BadRequest, """["\uD800"]""", "\uFFFD")]
    [InlineData(HttpStatusCode.BadRequest, "\"\\uDFFF oops\"", "\uFFFD oops")]
    [InlineData(HttpStatusCode.InternalServerError, """{"errorCode":"E\uD800","errorMessage":"down \uD83D\uDE00 \uD83D"}""", "down \U0001F600 \uFFFD")]
    public async Task An_error_body_with_an_escaped_lone_surrogate_keeps_its_text(HttpStatusCode status, string body, string expected)
    {
        using var h = new CargoAiHarness(o => o.Pipeline.MaxRetryAttempts = 0);
        h.Respond(HttpMethod.Post, "search", (status, body));

        var ex = await Assert.ThrowsAnyAsync<AviationApiException>(() => h.RunAsync(c => c.Search.SearchAsync(SearchTests.QuoteAndBook())));

        Assert.Contains(expected, ex.Messages.Concat(ex.FieldErrors.Select(f => f.Message)));
    }

    [Fact]
    public void A_booking_failure_with_lone_surrogates_is_read()
    {
        var body = CargoAiErrorReader.Read("""{"bookingStatus":"FAILED","error":"\uD800","description":"No \uDC00 space","flightUUID":"f\uD800"}""");

        Assert.Equal("\uFFFD", body.Booking!.Error);
        Assert.Equal("No \uFFFD space", body.Booking.Description);
        Assert.Equal("f\uFFFD", body.Booking.FlightUuid);
    }
}
