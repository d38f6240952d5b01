using System.Text.Json.Nodes;
using AviationApis.Cangooroo.Policies;
using AviationApis.Cangooroo.Pricing;
using AviationApis.Cangooroo.Search;
using AviationApis.Cangooroo.Tests.Infrastructure;

namespace AviationApis.Cangooroo.Tests.Policies;

/// <summary>The seed: price, rate information and other properties may change between Search and GetCancellationPolicies.</summary>
public sealed class ChangeReportTests
{
    private const string Solution = """
        {"SolutionId":17,"Provider":"Test Airlines","Price":{"Currency":"BRL","Value":1000.00},
         "PriceBreakdown":{"Fare":{"Currency":"BRL","Value":850.00},"Taxes":{"Currency":"BRL","Value":100.00},"Fees":{"Currency":"BRL","Value":50.00}},
         "RateInformation":"Tarifa Flex",
         "Depart":[{"stretchId":1,"Class":"Executiva","DepartureDate":"20/01/2020 01:46:00","ArrivalDate":"20/01/2020 18:35:00",
                    "FlightNumber":"TO48591; TO27093","QtdStops":1,"Luggages":[{"Quantity":1,"Weight":23,"Description":"1 bag"}]}],
         "Return":[{"stretchId":2,"Class":"Executiva","DepartureDate":"26/01/2020 09:00:00","ArrivalDate":"26/01/2020 10:05:00",
                    "FlightNumber":"TO1234","QtdStops":0,"Luggages":[]}]}
        """;

    private static async Task<CancellationPolicyQuote> QuoteAsync(Action<JsonObject> changeAnswer)
    {
        using var harness = new CangoorooHarness();
        harness.OnAllPayloads();
        harness.OnJson("Search", $$"""{"Error":null,"Token":"{{CangoorooHarness.Token}}","Solutions":[{{Solution}}]}""");
        var answer = JsonNode.Parse($$"""{"Error":null,"Token":"{{CangoorooHarness.Token}}","Solution":{{Solution}},"CancelationPolicies":"x"}""")!.AsObject();
        changeAnswer(answer);
        harness.OnJson("GetCancellationPolicies", answer.ToJsonString());
        return await harness.QuoteAsync();
    }

    private static JsonObject Sol(JsonObject answer) => answer["Solution"]!.AsObject();

    private static JsonObject Flight(JsonObject answer, string direction) => answer["Solution"]![direction]![0]!.AsObject();

    public static TheoryData<string, QuoteAspect, FlightDirection?, string, string> Changes => new()
    {
        { "total", QuoteAspect.Price, null, "1000.00 BRL", "1100.00 BRL" },
        { "fare", QuoteAspect.Fare, null, "850.00 BRL", "900.00 BRL" },
        { "taxes", QuoteAspect.Taxes, null, "100.00 BRL", "120.00 BRL" },
        { "fees", QuoteAspect.Fees, null, "50.00 BRL", "60.00 BRL" },
        { "rate", QuoteAspect.RateInformation, null, "Tarifa Flex", "Tarifa Light" },
        { "departure time", QuoteAspect.DepartureTime, FlightDirection.Departure, "2020-01-20 01:46", "2020-01-20 02:46" },
        { "arrival time", QuoteAspect.ArrivalTime, FlightDirection.Return, "2020-01-26 10:05", "2020-01-26 11:05" },
        { "flight numbers", QuoteAspect.FlightNumbers, FlightDirection.Departure, "TO48591; TO27093", "TO48591; TO27094" },
        { "stops", QuoteAspect.Stops, FlightDirection.Departure, "1", "2" },
        { "class", QuoteAspect.Cabin, FlightDirection.Return, "Executiva", "Economica" },
        { "luggage", QuoteAspect.Luggage, FlightDirection.Departure, "1 × 23 kg (1 bag)", "none" },
    };

    private static void Apply(string change, JsonObject answer)
    {
        switch (change)
        {
            case "total": Sol(answer)["Price"]!["Value"] = 1100.00m; break;
            case "fare": Sol(answer)["PriceBreakdown"]!["Fare"]!["Value"] = 900.00m; break;
            case "taxes": Sol(answer)["PriceBreakdown"]!["Taxes"]!["Value"] = 120.00m; break;
            case "fees": Sol(answer)["PriceBreakdown"]!["Fees"]!["Value"] = 60.00m; break;
            case "rate": Sol(answer)["RateInformation"] = "Tarifa Light"; break;
            case "departure time": Flight(answer, "Depart")["DepartureDate"] = "20/01/2020 02:46:00"; break;
            case "arrival time": Flight(answer, "Return")["ArrivalDate"] = "26/01/2020 11:05:00"; break;
            case "flight numbers": Flight(answer, "Depart")["FlightNumber"] = "TO48591;TO27094"; break;
            case "stops": Flight(answer, "Depart")["QtdStops"] = 2; break;
            case "class": Flight(answer, "Return")["Class"] = "Economica"; break;
            case "luggage": Flight(answer, "Depart")["Luggages"] = new JsonArray(); break;
        }
    }

    [Theory]
    [MemberData(nameof(Changes))]
    public async Task Each_change_is_one_typed_difference(string change, QuoteAspect aspect, FlightDirection? direction, string before, string after)
    {
        var quote = await QuoteAsync(answer => Apply(change, answer));

        var difference = Assert.Single(quote.Changes.Differences);
        Assert.Equal(aspect, difference.Aspect);
        Assert.Equal(direction, difference.Direction);
        Assert.Equal(before, difference.Before);
        Assert.Equal(after, difference.After);
        Assert.Equal(direction is null ? null : direction == FlightDirection.Departure ? "1" : "2", difference.FlightId);
        Assert.True(quote.Changes.HasChanges);
        Assert.True(quote.Changes.IsComplete);
        Assert.False(quote.Changes.IsUnchanged);
    }

    [Fact]
    public async Task Money_differences_carry_the_amounts()
    {
        var quote = await QuoteAsync(answer => Apply("taxes", answer));

        var difference = Assert.Single(quote.Changes.Differences);
        Assert.Equal(new Money(100.00m, "BRL"), difference.PriceBefore);
        Assert.Equal(new Money(120.00m, "BRL"), difference.PriceAfter);
        Assert.Equal(new Money(20.00m, "BRL"), difference.PriceDifference);
        Assert.Equal("taxes 100.00 BRL → 120.00 BRL (+20.00 BRL)", difference.ToString());
        Assert.False(quote.PriceChange.HasChanged);
    }

    [Fact]
    public async Task A_currency_change_is_its_own_entry_and_the_amounts_have_no_difference()
    {
        var quote = await QuoteAsync(answer =>
        {
            Sol(answer)["Price"]!["Currency"] = "USD";
            foreach (var part in new[] { "Fare", "Taxes", "Fees" })
            {
                Sol(answer)["PriceBreakdown"]![part]!["Currency"] = "USD";
            }
        });

        Assert.Equal([QuoteAspect.Currency, QuoteAspect.Price, QuoteAspect.Fare, QuoteAspect.Taxes, QuoteAspect.Fees], quote.Changes.Differences.Select(d => d.Aspect));
        Assert.Equal(("BRL", "USD"), (quote.Changes.Differences[0].Before, quote.Changes.Differences[0].After));
        Assert.All(quote.Changes.Differences.Skip(1), d => Assert.Null(d.PriceDifference));
    }

    [Fact]
    public async Task An_identical_answer_is_unchanged()
    {
        var quote = await QuoteAsync(_ => { });

        Assert.True(quote.Changes.IsUnchanged);
        Assert.Empty(quote.Changes.Differences);
        Assert.Empty(quote.Changes.Uncomparable);
        Assert.Equal("unchanged", quote.Changes.ToString());
    }

    [Fact]
    public async Task An_answer_without_Solution_cannot_be_compared_and_is_not_unchanged()
    {
        var quote = await QuoteAsync(answer => answer.Remove("Solution"));

        Assert.False(quote.Changes.IsUnchanged);
        Assert.False(quote.Changes.HasChanges);
        Assert.False(quote.IsSolutionStated);
        Assert.False(quote.PriceChange.CanCompare);
        Assert.Null(quote.PriceChange.CurrentPrice);
        Assert.Equal(
            [QuoteAspect.Price, QuoteAspect.Fare, QuoteAspect.Taxes, QuoteAspect.Fees, QuoteAspect.RateInformation, QuoteAspect.Flight, QuoteAspect.Flight],
            quote.Changes.Uncomparable.Select(u => u.Aspect));
        Assert.All(quote.Changes.Uncomparable, u => Assert.Equal("the answer has no Solution", u.Reason));
        Assert.Contains("price cannot be compared (the answer has no Solution)", quote.Changes.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Price", QuoteAspect.Price)]
    [InlineData("PriceBreakdown", QuoteAspect.Fare)]
    [InlineData("RateInformation", QuoteAspect.RateInformation)]
    [InlineData("Depart.DepartureDate", QuoteAspect.DepartureTime)]
    [InlineData("Depart.ArrivalDate", QuoteAspect.ArrivalTime)]
    [InlineData("Depart.FlightNumber", QuoteAspect.FlightNumbers)]
    [InlineData("Depart.QtdStops", QuoteAspect.Stops)]
    [InlineData("Return.Class", QuoteAspect.Cabin)]
    [InlineData("Return.Luggages", QuoteAspect.Luggage)]
    public async Task Data_the_answer_lacks_cannot_be_compared(string member, QuoteAspect aspect)
    {
        var quote = await QuoteAsync(answer =>
        {
            var parts = member.Split('.');
            var owner = parts.Length == 1 ? Sol(answer) : Flight(answer, parts[0]);
            owner.Remove(parts[^1]);
        });

        Assert.Contains(quote.Changes.Uncomparable, u => u.Aspect == aspect);
        Assert.Empty(quote.Changes.Differences);
        Assert.False(quote.Changes.IsUnchanged);
    }

    [Fact]
    public async Task A_chosen_flight_missing_from_the_answer_cannot_be_compared()
    {
        var quote = await QuoteAsync(answer => Sol(answer)["Return"] = new JsonArray());

        var missing = Assert.Single(quote.Changes.Uncomparable);
        Assert.Equal((QuoteAspect.Flight, FlightDirection.Return, "2"), (missing.Aspect, missing.Direction, missing.FlightId));
    }

    [Fact]
    public async Task Several_changes_are_all_listed_in_order()
    {
        var quote = await QuoteAsync(answer =>
        {
            Apply("total", answer);
            Apply("rate", answer);
            Apply("departure time", answer);
            Apply("class", answer);
        });

        Assert.Equal([QuoteAspect.Price, QuoteAspect.RateInformation, QuoteAspect.DepartureTime, QuoteAspect.Cabin], quote.Changes.Differences.Select(d => d.Aspect));
        Assert.Equal(4, quote.Changes.ToString().Split(Environment.NewLine).Length);
        Assert.Contains("(4 change(s))", quote.ToString(), StringComparison.Ordinal);
    }
}
