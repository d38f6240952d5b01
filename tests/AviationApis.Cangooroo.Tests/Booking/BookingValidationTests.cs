using AviationApis.Cangooroo.Booking;
using AviationApis.Cangooroo.Tests.Infrastructure;
using AviationApis.Core.Errors;

namespace AviationApis.Cangooroo.Tests.Booking;

public sealed class BookingValidationTests
{
    public static TheoryData<string, PaymentCard> BadCards => new()
    {
        { "payment.Number", CangoorooHarness.SeedCard with { Number = "4111111111111112" } },
        { "payment.Number", CangoorooHarness.SeedCard with { Number = "41111111" } },
        { "payment.Number", CangoorooHarness.SeedCard with { Number = "4111x11111111111" } },
        { "payment.SecurityCode", CangoorooHarness.SeedCard with { SecurityCode = "12" } },
        { "payment.SecurityCode", CangoorooHarness.SeedCard with { SecurityCode = "12a" } },
        { "payment.ExpiryMonth", CangoorooHarness.SeedCard with { ExpiryMonth = 13 } },
        { "payment.ExpiryYear", CangoorooHarness.SeedCard with { ExpiryYear = 2019, ExpiryMonth = 12 } },
        { "payment.Installments", CangoorooHarness.SeedCard with { Installments = 0 } },
        { "payment.Holder", CangoorooHarness.SeedCard with { Holder = " " } },
    };

    [Theory]
    [MemberData(nameof(BadCards))]
    public async Task Invalid_cards_are_refused_before_sending_without_the_number_in_the_message(string field, PaymentCard card)
    {
        using var harness = new CangoorooHarness();
        harness.OnAllPayloads();
        var quote = await harness.QuoteAsync();

        var ex = await Assert.ThrowsAsync<ValidationFailedException>(() => harness.RunAsync(c => c.BookAsync(quote, [CangoorooHarness.SeedPassenger], card)));

        Assert.Contains(ex.FieldErrors, e => e.Field == field);
        Assert.Equal(0, harness.CountOf("Booking"));
        Assert.DoesNotContain(card.Number, ex.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Card_expiring_this_month_is_accepted_and_expiry_follows_the_time_provider()
    {
        using var harness = new CangoorooHarness(start: new DateTimeOffset(2020, 12, 31, 23, 0, 0, TimeSpan.Zero));
        harness.OnAllPayloads();
        var quote = await harness.QuoteAsync();

        await harness.RunAsync(c => c.BookAsync(quote, [CangoorooHarness.SeedPassenger], CangoorooHarness.SeedCard));
        Assert.Equal(1, harness.CountOf("Booking"));

        using var later = new CangoorooHarness(start: new DateTimeOffset(2021, 1, 1, 0, 0, 0, TimeSpan.Zero));
        later.OnAllPayloads();
        var laterQuote = await later.QuoteAsync();
        var ex = await Assert.ThrowsAsync<ValidationFailedException>(() => later.RunAsync(c => c.BookAsync(laterQuote, [CangoorooHarness.SeedPassenger], CangoorooHarness.SeedCard)));
        Assert.Contains(ex.FieldErrors, e => e.Message.Contains("expired", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Passengers_must_match_the_search_and_start_with_an_adult()
    {
        using var harness = new CangoorooHarness();
        harness.OnAllPayloads();
        var quote = await harness.QuoteAsync(CangoorooHarness.SeedCriteria);
        var child = new Passenger { Name = "Ana", Surname = "NoBook", Age = 7, IsChild = true };

        var missingChild = await Assert.ThrowsAsync<ValidationFailedException>(() => harness.RunAsync(c => c.BookAsync(quote, [CangoorooHarness.SeedPassenger], CangoorooHarness.SeedCard)));
        var childFirst = await Assert.ThrowsAsync<ValidationFailedException>(() => harness.RunAsync(c => c.BookAsync(quote, [child, CangoorooHarness.SeedPassenger], CangoorooHarness.SeedCard)));
        var none = await Assert.ThrowsAsync<ValidationFailedException>(() => harness.RunAsync(c => c.BookAsync(quote, [], CangoorooHarness.SeedCard)));
        var badFields = await Assert.ThrowsAsync<ValidationFailedException>(() => harness.RunAsync(c => c.BookAsync(
            quote, [CangoorooHarness.SeedPassenger with { Name = "", Age = 130, Email = "not-an-address" }, child], CangoorooHarness.SeedCard)));

        Assert.Contains(missingChild.FieldErrors, e => e.Field == "passengers" && e.Message.Contains("child", StringComparison.Ordinal));
        Assert.Contains(childFirst.FieldErrors, e => e.Field == "passengers[0].IsChild");
        Assert.Contains(none.FieldErrors, e => e.Field == "passengers");
        Assert.Equal(["passengers[0].Name", "passengers[0].Age", "passengers[0].Email"], badFields.FieldErrors.Select(e => e.Field));
        Assert.Equal(0, harness.CountOf("Booking"));
    }

    [Fact]
    public async Task Empty_service_id_is_refused()
    {
        using var harness = new CangoorooHarness();

        await Assert.ThrowsAsync<ValidationFailedException>(() => harness.RunAsync(c => c.GetServiceDetailsAsync(" ")));
        await Assert.ThrowsAsync<ValidationFailedException>(() => harness.RunAsync(c => c.CancelAsync("")));
        Assert.Empty(harness.Requests);
    }
}
