using System.Net;
using AviationApis.Cangooroo.Errors;
using AviationApis.Cangooroo.Tests.Infrastructure;
using AviationApis.Core.Errors;

namespace AviationApis.Cangooroo.Tests.Transport;

/// <summary>
/// Issue 16: a vendor <c>Error</c> written in Latin-1 (invalid UTF-8) or holding an escaped lone surrogate is decoded
/// leniently (U+FFFD in place of the broken characters) in every operation, never an InvalidOperationException.
/// </summary>
public sealed class VendorTextTests
{
    public static TheoryData<string, byte[], string> Bodies() => new()
    {
        { "Search", Latin1("{\"Error\":{\"Message\":\"Credencial inv\u00E1lida\",\"Code\":\"401\"},\"Token\":null}"), "Credencial inv\uFFFDlida" },
        { "Search", Latin1("{\"Error\":\"Credencial inv\u00E1lida\",\"Token\":null}"), "Credencial inv\uFFFDlida" },
        { "Search", Ascii("{\"Error\":{\"Message\":\"Credencial \\uD800 inv\\u00e1lida\"},\"Token\":null}"), "Credencial \uFFFD inv\u00E1lida" },
        { "Search", Ascii("{\"Error\":\"\\uDC00x\\uD83D\\uDE00\",\"Token\":null}"), "\uFFFDx\U0001F600" },
        { "GetCancellationPolicies", Latin1("{\"Error\":{\"Message\":\"Token inv\u00E1lido\"},\"Solution\":null}"), "Token inv\uFFFDlido" },
        { "Booking", Latin1("{\"Error\":{\"Message\":\"Cart\u00E3o recusado\"},\"Service\":null}"), "Cart\uFFFDo recusado" },
        { "GetServiceDetails", Ascii("{\"Error\":{\"Message\":\"Servi\\uDBFFo\",\"Code\":\"\\uD800404\"},\"Service\":null}"), "Servi\uFFFDo" },
        { "Cancel", Latin1("{\"Error\":{\"Message\":\"N\u00E3o cancel\u00E1vel\"},\"Service\":null}"), "N\uFFFDo cancel\uFFFDvel" },
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task A_broken_vendor_error_text_is_a_business_error_with_the_text_kept(string method, byte[] body, string expected)
    {
        using var harness = new CangoorooHarness();
        harness.OnAllPayloads();
        harness.On(method, () => new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(body) { Headers = { { "Content-Type", "application/json" } } } });

        var error = await Assert.ThrowsAsync<CangoorooBusinessException>(() => Call(harness, method));

        Assert.Contains(expected, error.Messages);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(500)]
    public async Task A_broken_vendor_error_text_in_an_error_status_is_kept(int status)
    {
        using var harness = new CangoorooHarness();
        harness.On("GetServiceDetails", () => new HttpResponseMessage((HttpStatusCode)status)
        {
            Content = new ByteArrayContent(Ascii("{\"Error\":{\"Message\":\"Servi\\uD800o n\\u00e3o encontrado\",\"Code\":\"\\uDFFF\"}}")),
        });

        var error = await Assert.ThrowsAnyAsync<AviationApiException>(() => harness.RunAsync(c => c.GetServiceDetailsAsync("379")));

        Assert.Contains("Servi\uFFFDo n\u00E3o encontrado", error.Messages);
        Assert.Equal("\uFFFD", error.ErrorCode);
    }

    [Fact]
    public async Task Null_flights_before_the_chosen_one_do_not_break_Select()
    {
        using var harness = new CangoorooHarness();
        harness.OnJson("Search", """{"Error":null,"Token":"t-1","Solutions":[null,{"SolutionId":5,"Depart":[null,{"Id":"A1"}],"Return":[null,{"Id":"B1"}]}]}""");

        var search = await harness.RunAsync(c => c.SearchAsync(CangoorooHarness.AdultOnlyCriteria));
        var selection = search.Select("5", "A1", "B1");

        Assert.Equal("A1", selection.Departure.Id);
        Assert.Equal("B1", selection.Return!.Id);
    }

    private static Task Call(CangoorooHarness harness, string method) => method switch
    {
        "Search" => harness.RunAsync(c => c.SearchAsync(CangoorooHarness.AdultOnlyCriteria)),
        "GetCancellationPolicies" => harness.QuoteAsync(),
        "Booking" => BookAsync(harness),
        "GetServiceDetails" => harness.RunAsync(c => c.GetServiceDetailsAsync("379")),
        "Cancel" => harness.RunAsync(c => c.CancelAsync("379")),
        _ => throw new ArgumentOutOfRangeException(nameof(method)),
    };

    private static async Task BookAsync(CangoorooHarness harness)
    {
        var quote = await harness.QuoteAsync();
        await harness.RunAsync(c => c.BookAsync(quote, [CangoorooHarness.SeedPassenger], CangoorooHarness.SeedCard));
    }

    // The text as Latin-1 bytes: every character below U+0100 is one byte, so "á" is 0xE1 (invalid UTF-8 here).
    private static byte[] Latin1(string text) => System.Text.Encoding.Latin1.GetBytes(text);

    private static byte[] Ascii(string text) => System.Text.Encoding.ASCII.GetBytes(text);
}
