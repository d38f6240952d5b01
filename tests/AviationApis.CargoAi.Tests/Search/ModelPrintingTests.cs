using System.Net;
using AviationApis.CargoAi.Tests.Infrastructure;

namespace AviationApis.CargoAi.Tests.Search;

/// <summary>Printing what the vendor sent (lists from the deserializer) shows the elements, not the list's type name.</summary>
public sealed class ModelPrintingTests
{
    [Fact]
    public async Task A_flight_of_the_vendor_example_prints_its_legs_and_rates()
    {
        using var h = new CargoAiHarness();
        h.Respond(HttpMethod.Post, "search", (HttpStatusCode.OK, CargoAiHarness.Payload("search-200-quote-and-book.json")));

        var result = await h.RunAsync(c => c.Search.SearchAsync(SearchTests.QuoteAndBook()));
        var flight = result.Flights![0];
        var text = flight.ToString();

        Assert.StartsWith("Flight { ", text, StringComparison.Ordinal);
        Assert.Contains("Legs = [Leg { ", text, StringComparison.Ordinal);
        Assert.Contains($"Rates = [Rate {{ Id = {flight.Rates![0].Id}, ", text, StringComparison.Ordinal);
        Assert.Contains("BookingUrl = [REDACTED]", text, StringComparison.Ordinal);
        Assert.DoesNotContain("System.Collections", text, StringComparison.Ordinal);
        Assert.DoesNotContain("shipment-details", text, StringComparison.Ordinal);
        Assert.DoesNotContain("System.Collections", result.ToString(), StringComparison.Ordinal);
    }
}
