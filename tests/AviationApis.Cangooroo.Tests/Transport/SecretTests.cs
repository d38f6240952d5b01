using System.Net;
using AviationApis.Cangooroo.Booking;
using AviationApis.Cangooroo.Errors;
using AviationApis.Cangooroo.Options;
using AviationApis.Cangooroo.Tests.Infrastructure;
using AviationApis.Core.Errors;
using AviationApis.Testing;

namespace AviationApis.Cangooroo.Tests.Transport;

public sealed class SecretTests
{
    private const string Password = "Sup3r-S3cret-Pa55";
    private const string CardNumber = "4111111111111111";
    private const string SecurityCode = "739";

    private static PaymentCard Card => CangoorooHarness.SeedCard with { Number = CardNumber, SecurityCode = SecurityCode };

    [Fact]
    public void Card_ToString_shows_only_brand_and_last_four()
    {
        var text = Card.ToString();

        Assert.Equal("PaymentCard(VISA ****1111)", text);
        Assert.Equal("1111", Card.LastFourDigits);
        Assert.DoesNotContain(SecurityCode, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_ToString_redacts_the_password()
    {
        var options = new CangoorooClientOptions { BaseAddress = CangoorooHarness.Base, Username = "agency", Password = Password };

        Assert.DoesNotContain(Password, options.ToString(), StringComparison.Ordinal);
        Assert.Contains("[REDACTED]", options.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Passenger_ToString_leaves_out_personal_documents()
    {
        var text = CangoorooHarness.SeedPassenger.ToString();

        Assert.Equal("Passenger(Mr test NoBook, age 25)", text);
        Assert.DoesNotContain("011.400.289-22", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Whole_flow_at_trace_level_with_failures_leaks_no_card_data_or_password()
    {
        using var harness = new CangoorooHarness(o => o.Pipeline.MaxRetryAttempts = 1, username: "agency-user", password: Password);
        harness.OnAllPayloads();
        // Random identifiers (search tokens, client references) are not secrets, but a 3-digit security code can
        // occur in one by chance: the scan masks the ones this test knows of.
        var randomIds = new System.Collections.Concurrent.ConcurrentBag<string>();
        harness.On("Search", () =>
        {
            var token = Guid.NewGuid().ToString();
            randomIds.Add(token);
            return CangoorooHarness.Json(CangoorooHarness.Payload("search-response.json").Replace(CangoorooHarness.Token, token, StringComparison.Ordinal));
        });
        var texts = new List<string>();

        // Happy path: search, policies, book, details, cancel.
        var quote = await harness.QuoteAsync();
        randomIds.Add(quote.ClientReference);
        texts.Add(quote.ToString());
        var booking = await harness.RunAsync(c => c.BookAsync(quote, [CangoorooHarness.SeedPassenger], Card));
        texts.Add(booking.ToString());
        texts.Add((await harness.RunAsync(c => c.GetServiceDetailsAsync(booking.ServiceId))).ToString());
        texts.Add((await harness.RunAsync(c => c.CancelAsync(booking.ServiceId))).ToString());

        // Failures whose bodies echo the secrets back: a business error, an HTTP 500, a malformed body, a 400 text.
        var echoes = new[]
        {
            CangoorooHarness.Json($$$"""{"Error":{"Message":"Card {{{CardNumber}}} cvv {{{SecurityCode}}} refused for password {{{Password}}}","Code":"{{{Password}}}"}}"""),
            CangoorooHarness.Json($$$$$"""{"Error":{"Message":"failed"},"Request":{"Credential":{"Password":"{{{{{Password}}}}}"},"Payment":{"CreditCard":{"CardNumber":"{{{{{CardNumber}}}}}","SecurityCode":"{{{{{SecurityCode}}}}}"}}}}""", HttpStatusCode.InternalServerError),
            CangoorooHarness.Json($$$"""{"Service": {"ServiceId": 1, "Note": "{{{CardNumber}}} {{{SecurityCode}}} {{{Password}}}", "Status": """),
            new HttpResponseMessage(HttpStatusCode.BadRequest) { Content = new StringContent($"bad card {CardNumber} code {SecurityCode} pwd {Password}") },
        };
        foreach (var echo in echoes)
        {
            var next = await harness.QuoteAsync();
            randomIds.Add(next.ClientReference);
            harness.On("Booking", () => echo);
            var ex = await Assert.ThrowsAnyAsync<AviationApiException>(() => harness.RunAsync(c => c.BookAsync(next, [CangoorooHarness.SeedPassenger], Card)));
            texts.Add(ex.ToString());
            texts.Add(ex.Message);
            texts.AddRange(ex.Messages);
            texts.Add(ex.ErrorCode ?? string.Empty);
            texts.Add(ex.Details.ToString());
            texts.Add(ex.Details.ResponseExcerpt ?? string.Empty);
        }

        // Other services echoing the password.
        harness.OnJson("GetServiceDetails", $$$"""{"Error":{"Message":"invalid credentials {{{Password}}}"}}""");
        var details = await Assert.ThrowsAsync<CangoorooBusinessException>(() => harness.RunAsync(c => c.GetServiceDetailsAsync("1")));
        texts.Add(details.ToString());

        // Refused tokens and refused input.
        var refused = await Assert.ThrowsAsync<SearchTokenRejectedException>(() => harness.RunAsync(c => c.BookAsync(quote, [CangoorooHarness.SeedPassenger], Card)));
        texts.Add(refused.ToString());
        var fresh = await harness.QuoteAsync();
        randomIds.Add(fresh.ClientReference);
        var badCard = await Assert.ThrowsAsync<ValidationFailedException>(() => harness.RunAsync(c => c.BookAsync(fresh, [CangoorooHarness.SeedPassenger], Card with { ExpiryYear = 2019 })));
        texts.Add(badCard.ToString());
        texts.Add(Card.ToString());
        texts.Add(harness.Services.GetType().ToString());

        var logLines = harness.Logs.AllText().ToList();
        Assert.Contains(logLines, l => l.Contains("Cangooroo.Booking", StringComparison.Ordinal));
        Assert.Contains(logLines, l => l.StartsWith("Trace", StringComparison.Ordinal));
        string Masked(string text) => randomIds.Aggregate(text, (t, id) => t.Replace(id, "[random-id]", StringComparison.OrdinalIgnoreCase));
        Assert.Empty(SecretScan.Find(logLines.Concat(texts).Select(Masked), [CardNumber, SecurityCode, Password]));
    }
}
