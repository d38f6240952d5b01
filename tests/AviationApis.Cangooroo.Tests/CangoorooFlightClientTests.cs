using System.Reflection;
using AviationApis.Cangooroo.Booking;
using AviationApis.Cangooroo.Errors;
using AviationApis.Cangooroo.Policies;
using AviationApis.Cangooroo.Pricing;
using AviationApis.Cangooroo.Search;
using AviationApis.Cangooroo.Tests.Infrastructure;
using AviationApis.Testing;

namespace AviationApis.Cangooroo.Tests;

public sealed class CangoorooFlightClientTests
{
    [Fact]
    public void Booking_accepts_only_a_policies_quote_and_flow_types_cannot_be_made_outside_the_client()
    {
        var book = typeof(ICangoorooFlightClient).GetMethod(nameof(ICangoorooFlightClient.BookAsync))!;
        Assert.Equal(typeof(CancellationPolicyQuote), book.GetParameters()[0].ParameterType);
        var policies = typeof(ICangoorooFlightClient).GetMethod(nameof(ICangoorooFlightClient.GetCancellationPoliciesAsync))!;
        Assert.Equal(typeof(FlightSelection), policies.GetParameters()[0].ParameterType);
        foreach (var type in new[] { typeof(FlightSearchResult), typeof(FlightSelection), typeof(CancellationPolicyQuote) })
        {
            Assert.Empty(type.GetConstructors(BindingFlags.Public | BindingFlags.Instance));
            Assert.All(type.GetProperties(), p => Assert.Null(p.SetMethod is { IsPublic: true } ? p.SetMethod : null));
        }
    }

    [Fact]
    public async Task Price_change_between_search_and_policies_is_reported()
    {
        using var harness = new CangoorooHarness();
        harness.OnAllPayloads();

        var quote = await harness.QuoteAsync();

        Assert.True(quote.PriceChange.HasChanged);
        Assert.True(quote.PriceChange.IsIncrease);
        Assert.Equal(new Money(1234.56m, "BRL"), quote.PriceChange.SearchPrice);
        Assert.Equal(new Money(1299.9m, "BRL"), quote.PriceChange.CurrentPrice);
        Assert.Equal(new Money(65.34m, "BRL"), quote.PriceChange.Difference);
        Assert.Equal("Após a emissão, consulte a Operadora.", quote.CancellationPolicies);
        var condition = Assert.Single(quote.PaymentConditions);
        Assert.Equal("Parcelamento direto na Gol sem Juros", condition.Name);
        Assert.Equal(new Money(15m, "BRL"), condition.CreditCard!.MinimumInstallmentValue);
        Assert.Equal(6, condition.CreditCard.MaxInstallmentsFor(CardBrand.Visa));
        Assert.Equal(6, condition.CreditCard.MaxInstallmentsFor(CardBrand.FromValue("elo")));
        Assert.Null(condition.CreditCard.MaxInstallmentsFor(CardBrand.FromValue("HIPERCARD")));
        Assert.Equal("17", quote.CurrentSolution.SolutionId);
    }

    [Fact]
    public async Task Unchanged_price_is_reported_as_unchanged_and_a_missing_solution_as_not_comparable()
    {
        using var harness = new CangoorooHarness();
        harness.OnAllPayloads();
        harness.OnJson("GetCancellationPolicies", """{"Error":null,"Solution":{"SolutionId":17,"Price":{"Currency":"BRL","Value":1234.5600}}}""");

        var quote = await harness.QuoteAsync();

        Assert.False(quote.PriceChange.HasChanged);
        Assert.Equal(0m, quote.PriceChange.Difference!.Value);
        Assert.Empty(quote.PaymentConditions);

        harness.OnJson("GetCancellationPolicies", """{"Error":null,"CancelationPolicies":"x"}""");
        var second = await harness.QuoteAsync();
        Assert.Same(second.Selection.Solution, second.CurrentSolution);
        Assert.False(second.IsSolutionStated);
        Assert.False(second.PriceChange.HasChanged);
        Assert.False(second.PriceChange.CanCompare);
        Assert.False(second.Changes.IsUnchanged);
    }

    [Fact]
    public void Price_change_in_another_currency_has_no_difference()
    {
        var report = new PriceChangeReport(new Money(10m, "BRL"), new Money(10m, "USD"));

        Assert.True(report.HasChanged);
        Assert.Null(report.Difference);
        Assert.False(report.IsIncrease);
    }

    [Theory]
    [InlineData("-79228162514264337593543950335", "1299.9")]
    [InlineData("79228162514264337593543950335", "-1")]
    public void A_difference_beyond_decimal_is_null_instead_of_throwing(string current, string search)
    {
        var report = new PriceChangeReport(
            new Money(decimal.Parse(search, System.Globalization.CultureInfo.InvariantCulture), "BRL"),
            new Money(decimal.Parse(current, System.Globalization.CultureInfo.InvariantCulture), "BRL"));

        Assert.True(report.HasChanged);
        Assert.Null(report.Difference);
        Assert.False(report.IsIncrease);
        Assert.Equal(new Money(decimal.MaxValue - 1m, "BRL"), new PriceChangeReport(new Money(1m, "BRL"), new Money(decimal.MaxValue, "BRL")).Difference);
    }

    [Fact]
    public async Task Selection_must_come_from_the_same_search_result()
    {
        using var harness = new CangoorooHarness();
        harness.OnAllPayloads();
        var first = await harness.RunAsync(c => c.SearchAsync(CangoorooHarness.AdultOnlyCriteria));
        var second = await harness.RunAsync(c => c.SearchAsync(CangoorooHarness.AdultOnlyCriteria));
        var solution = first.Solutions[0];

        Assert.Throws<ArgumentException>(() => second.Select(solution, solution.Departures[0], solution.Returns[0]));
        Assert.Throws<ArgumentException>(() => first.Select(solution, first.Solutions[1].Departures[0], solution.Returns[0]));
        Assert.Throws<ArgumentException>(() => first.Select(solution, solution.Departures[0]));
        Assert.Throws<ArgumentException>(() => first.Select("17", "9", "2"));
        Assert.Throws<ArgumentException>(() => first.Select("99", "1", "2"));
        var selection = first.Select(solution, solution.Departures[0], solution.Returns[0]);
        Assert.Same(first, selection.Search);
    }

    [Fact]
    public async Task Expired_token_is_refused_before_calling_the_server()
    {
        using var harness = new CangoorooHarness();
        harness.OnAllPayloads();
        var search = await harness.RunAsync(c => c.SearchAsync(CangoorooHarness.AdultOnlyCriteria));
        var quote = await harness.RunAsync(c => c.GetCancellationPoliciesAsync(search.Select("17", "1", "2")));

        harness.Time.Advance(TimeSpan.FromMinutes(30));

        var book = await Assert.ThrowsAsync<SearchTokenRejectedException>(() => harness.RunAsync(c => c.BookAsync(quote, [CangoorooHarness.SeedPassenger], CangoorooHarness.SeedCard)));
        var policies = await Assert.ThrowsAsync<SearchTokenRejectedException>(() => harness.RunAsync(c => c.GetCancellationPoliciesAsync(search.Select("17", "1", "2"))));
        Assert.Equal(SearchTokenProblem.Expired, book.Problem);
        Assert.Equal(SearchTokenProblem.Expired, policies.Problem);
        Assert.Equal(search.ExpiresAt, book.ExpiresAt);
        Assert.Equal(0, book.Attempts);
        Assert.Equal(0, harness.CountOf("Booking"));
        Assert.Equal(1, harness.CountOf("GetCancellationPolicies"));
    }

    [Fact]
    public async Task Token_one_minute_before_expiry_is_still_accepted()
    {
        using var harness = new CangoorooHarness();
        harness.OnAllPayloads();
        var quote = await harness.QuoteAsync();

        harness.Time.Advance(TimeSpan.FromMinutes(29));
        await harness.RunAsync(c => c.BookAsync(quote, [CangoorooHarness.SeedPassenger], CangoorooHarness.SeedCard));

        Assert.Equal(1, harness.CountOf("Booking"));
    }

    [Fact]
    public async Task Token_allows_one_booking_only()
    {
        using var harness = new CangoorooHarness();
        harness.OnAllPayloads();
        var quote = await harness.QuoteAsync();

        await harness.RunAsync(c => c.BookAsync(quote, [CangoorooHarness.SeedPassenger], CangoorooHarness.SeedCard));
        var ex = await Assert.ThrowsAsync<SearchTokenRejectedException>(() => harness.RunAsync(c => c.BookAsync(quote, [CangoorooHarness.SeedPassenger], CangoorooHarness.SeedCard)));

        Assert.Equal(SearchTokenProblem.AlreadyUsed, ex.Problem);
        Assert.Equal(1, harness.CountOf("Booking"));
        await Assert.ThrowsAsync<SearchTokenRejectedException>(() => harness.RunAsync(c => c.GetCancellationPoliciesAsync(quote.Selection)));
    }

    [Fact]
    public async Task Token_counts_as_used_even_when_the_booking_failed_on_the_server()
    {
        using var harness = new CangoorooHarness();
        harness.OnAllPayloads();
        harness.OnJson("Booking", """{"Error":{"Message":"Pagamento recusado"}}""");
        var quote = await harness.QuoteAsync();

        await Assert.ThrowsAsync<CangoorooBusinessException>(() => harness.RunAsync(c => c.BookAsync(quote, [CangoorooHarness.SeedPassenger], CangoorooHarness.SeedCard)));
        await Assert.ThrowsAsync<SearchTokenRejectedException>(() => harness.RunAsync(c => c.BookAsync(quote, [CangoorooHarness.SeedPassenger], CangoorooHarness.SeedCard)));

        Assert.Equal(1, harness.CountOf("Booking"));
    }

    [Fact]
    public async Task Rejected_input_does_not_use_up_the_token()
    {
        using var harness = new CangoorooHarness();
        harness.OnAllPayloads();
        var quote = await harness.QuoteAsync();

        await Assert.ThrowsAsync<AviationApis.Core.Errors.ValidationFailedException>(() => harness.RunAsync(c => c.BookAsync(quote, [CangoorooHarness.SeedPassenger], CangoorooHarness.SeedCard with { Number = "4111111111111112" })));
        await harness.RunAsync(c => c.BookAsync(quote, [CangoorooHarness.SeedPassenger], CangoorooHarness.SeedCard));

        Assert.Equal(1, harness.CountOf("Booking"));
    }

    [Fact]
    public async Task Concurrent_bookings_with_one_token_send_exactly_one_request()
    {
        using var harness = new CangoorooHarness();
        harness.OnAllPayloads();
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        harness.On("Booking", async (_, _) =>
        {
            await gate.Task;
            return CangoorooHarness.Json(CangoorooHarness.Payload("booking-response.json"));
        });
        var quote = await harness.QuoteAsync();

        var attempts = Enumerable.Range(0, 8)
            .Select(_ => Task.Run(() => harness.Client.BookAsync(quote, [CangoorooHarness.SeedPassenger], CangoorooHarness.SeedCard)))
            .ToArray();
        var refused = 0;
        var deadline = DateTime.UtcNow + SteppingTimeProvider.RealTimeGuard;
        while (attempts.Count(a => a.IsFaulted) < 7 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(10);
        }

        gate.SetResult();
        foreach (var attempt in attempts)
        {
            try
            {
                await attempt;
            }
            catch (SearchTokenRejectedException ex) when (ex.Problem == SearchTokenProblem.AlreadyUsed)
            {
                refused++;
            }
        }

        Assert.Equal(7, refused);
        Assert.Equal(1, harness.CountOf("Booking"));
    }
}
