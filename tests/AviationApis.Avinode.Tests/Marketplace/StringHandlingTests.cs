using System.Net;
using AviationApis.Avinode.Marketplace;
using AviationApis.Avinode.Marketplace.TripMessages;
using AviationApis.Avinode.Resources;
using AviationApis.Avinode.Tests.Infrastructure;

namespace AviationApis.Avinode.Tests.Marketplace;

/// <summary>Seed 004's string rules, checked on the bytes that go on the wire and on what comes back.</summary>
public sealed class StringHandlingTests
{
    [Fact]
    public async Task Outgoing_strings_use_LF_or_CRLF_and_escape_backslashes_and_quotes()
    {
        using var harness = new AvinodeHarness();
        harness.Handler = (_, _) => AvinodeHarness.Json("{}", HttpStatusCode.BadGateway);

        await Assert.ThrowsAnyAsync<Exception>(() => harness.RunMarketplace(c =>
            c.SendChatAsync(new ResourceId("arfq-1001"), new ChatMessage { Message = "old mac\rwindows\r\nunix\nend\r" + @" path C:\ops ""VIP"" " })));

        var body = Assert.Single(harness.Requests).Body!;
        Assert.Contains("""
            "message":"old mac\nwindows\r\nunix\nend\n path C:\\ops \"VIP\" "
            """.Trim(), body, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u0022", body, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u005C", body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Incoming_strings_are_exposed_as_sent()
    {
        using var harness = new AvinodeHarness();
        harness.Handler = (_, _) => AvinodeHarness.Data("""{"id": "abuyermsg-1", "type": "tripmsgs", "message": "a\rb\r\nc \\ \"d\""}""");

        var message = await harness.RunMarketplace(c => c.GetTripMessageAsync(new ResourceId("abuyermsg-1")));

        Assert.Equal("a\rb\r\nc \\ \"d\"", message.Data!.Message);
    }
}
