using System.Net;
using AviationApis.Avinode.Envelope;
using AviationApis.Avinode.Errors;
using AviationApis.Avinode.Marketplace;
using AviationApis.Avinode.Marketplace.Quotes;
using AviationApis.Avinode.Marketplace.TripMessages;
using AviationApis.Avinode.Resources;
using AviationApis.Avinode.Tests.Infrastructure;
using AviationApis.Testing;

namespace AviationApis.Avinode.Tests.Marketplace.TripMessages;

/// <summary>
/// Chat, submitQuote and decline: the vendor documents no answer data, so they return the meta-only
/// <see cref="AvinodeResponse"/> — status, soft errors, warnings, infos and rate limit — and ignore a <c>data</c> member.
/// </summary>
public sealed class TripMessagePostTests
{
    private static readonly Dictionary<string, Func<IAvinodeMarketplaceClient, Task<AvinodeResponse>>> Posts = new(StringComparer.Ordinal)
    {
        ["chat"] = c => c.SendChatAsync(new ResourceId("arfq-1001"), new ChatMessage { Message = "Is catering included?" }),
        ["submitQuote"] = c => c.SubmitQuoteAsync(new ResourceId("asellerlift-2001"), new QuoteSubmission { Quote = new QuoteDetails { CurrencyCode = "USD", TotalPrice = 1m } }),
        ["decline"] = c => c.DeclineAsync(new ResourceId("asellerlift-2001"), new TripDecline { Reason = DeclineReason.AircraftNotAvailable }),
    };

    public static TheoryData<string> Actions() => new(Posts.Keys);

    [Theory]
    [MemberData(nameof(Actions))]
    public async Task A_meta_only_answer_returns_the_status_messages_and_rate_limit(string action)
    {
        using var harness = new AvinodeHarness();
        harness.Handler = (_, _) => AvinodeHarness.Json("""{"meta": {"infos": [{"code": "I_SENT", "title": "Sent"}]}}""").WithRateLimit(1000, 997, 3600);

        var result = await harness.RunMarketplace(Posts[action]);

        Assert.Equal(HttpStatusCode.OK, result.StatusCode);
        Assert.False(result.HasErrors);
        Assert.Equal("I_SENT", Assert.Single(result.Meta.Infos).Code);
        Assert.Equal(997, result.RateLimit!.Remaining);
        result.EnsureNoErrors();
        Assert.EndsWith("/" + action, Assert.Single(harness.Requests).Uri.AbsolutePath, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Actions))]
    public async Task An_answer_with_data_or_an_empty_body_is_accepted(string action)
    {
        using var harness = new AvinodeHarness();
        var calls = 0;
        harness.Handler = (_, _) => ++calls == 1
            ? AvinodeHarness.Data("""{"id": "asellermsg-9", "type": "tripmsgs"}""")
            : new HttpResponseMessage(HttpStatusCode.NoContent) { Content = new ByteArrayContent([]) };

        var withData = await harness.RunMarketplace(Posts[action]);
        var empty = await harness.RunMarketplace(Posts[action]);

        Assert.False(withData.HasErrors);
        Assert.Equal(HttpStatusCode.NoContent, empty.StatusCode);
        Assert.Same(AvinodeMeta.Empty, empty.Meta);
    }

    [Fact]
    public async Task Data_larger_than_an_error_body_does_not_break_the_meta_read()
    {
        using var harness = new AvinodeHarness();
        var large = new string('x', 200 * 1024);
        harness.Handler = (_, _) => AvinodeHarness.Json($$$"""{"data": {"id": "asellermsg-9", "message": "{{{large}}}"}, "meta": {"warnings": [{"code": "W_LATE", "title": "Late"}]}}""");

        var result = await harness.RunMarketplace(Posts["submitQuote"]);

        Assert.Equal("W_LATE", Assert.Single(result.Meta.Warnings).Code);
    }

    [Theory]
    [MemberData(nameof(Actions))]
    public async Task Soft_errors_are_on_the_meta_or_thrown_in_strict_mode(string action)
    {
        const string softErrors = """{"meta": {"errors": [{"code": "ERR_INPUT_GENERIC_INVALID", "title": "Bad message", "path": "message"}]}}""";
        using var lenient = new AvinodeHarness();
        lenient.Handler = (_, _) => AvinodeHarness.Json(softErrors);
        using var strict = new AvinodeHarness(o => o.TreatSoftErrorsAsExceptions = true);
        strict.Handler = (_, _) => AvinodeHarness.Json(softErrors).WithRateLimit(1000, 997, 3600);

        var result = await lenient.RunMarketplace(Posts[action]);
        var thrown = await Assert.ThrowsAsync<AvinodeSoftErrorException>(() => strict.RunMarketplace(Posts[action]));

        Assert.True(result.HasErrors);
        var ensured = Assert.Throws<AvinodeSoftErrorException>(result.EnsureNoErrors);
        Assert.Equal("ERR_INPUT_GENERIC_INVALID", ensured.ErrorCode);
        Assert.Equal("ERR_INPUT_GENERIC_INVALID", Assert.Single(thrown.Meta.Errors).Code);
        Assert.Equal(HttpStatusCode.OK, thrown.StatusCode);
        Assert.Equal(997, thrown.RateLimit!.Remaining);
    }
}
