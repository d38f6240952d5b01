using System.Text.Json.Nodes;
using AviationApis.Cangooroo.Tests.Infrastructure;

namespace AviationApis.Cangooroo.Tests.Search;

/// <summary>The seed: "round trip flight IDs are returned as stretchId".</summary>
public sealed class RoundTripIdTests
{
    private static string SearchWith(string departIds, string returnIds) => $$"""
        {"Error":null,"Token":"{{CangoorooHarness.Token}}","Solutions":[{"SolutionId":17,"Price":{"Currency":"BRL","Value":100},
         "Depart":[{ {{departIds}}, "FlightNumber":"TO1"}],
         "Return":[{ {{returnIds}}, "FlightNumber":"TO2"}]}]}
        """;

    [Theory]
    [InlineData("\"stretchId\": 7", "\"stretchId\": 8")]
    [InlineData("\"StretchId\": \"7\"", "\"StretchId\": \"8\"")]
    [InlineData("\"STRETCHID\": 7", "\"stretchid\": 8")]
    [InlineData("\"Id\": 1, \"stretchId\": 7", "\"stretchId\": 8, \"Id\": 2")]
    public async Task Round_trip_stretch_ids_are_read_in_any_casing_preferred_and_sent_to_policies_and_booking(string departIds, string returnIds)
    {
        using var harness = new CangoorooHarness();
        harness.OnAllPayloads();
        harness.OnJson("Search", SearchWith(departIds, returnIds));
        var search = await harness.RunAsync(c => c.SearchAsync(CangoorooHarness.AdultOnlyCriteria));
        var solution = search.Solutions[0];

        Assert.Equal("7", solution.Departures[0].Id);
        Assert.Equal("7", solution.Departures[0].StretchId);
        Assert.Equal("8", solution.Returns[0].Id);

        var quote = await harness.RunAsync(c => c.GetCancellationPoliciesAsync(search.Select("17", "7", "8")));
        await harness.RunAsync(c => c.BookAsync(quote, [CangoorooHarness.SeedPassenger], CangoorooHarness.SeedCard));

        foreach (var request in new[] { harness.Last("GetCancellationPolicies").Json, harness.Last("Booking").Json })
        {
            Assert.Equal(7, (int)request["DepartId"]!);
            Assert.Equal(8, (int)request["ReturnId"]!);
        }
    }

    [Fact]
    public async Task The_plain_Id_still_selects_an_option_when_it_names_exactly_one()
    {
        using var harness = new CangoorooHarness();
        harness.OnAllPayloads();
        harness.OnJson("Search", SearchWith("\"Id\": 1, \"stretchId\": 7", "\"Id\": 2, \"stretchId\": 8"));
        var search = await harness.RunAsync(c => c.SearchAsync(CangoorooHarness.AdultOnlyCriteria));

        var selection = search.Select("17", "1", "2");

        Assert.Equal("7", selection.Departure.Id);
        await harness.RunAsync(c => c.GetCancellationPoliciesAsync(selection));
        Assert.Equal(7, (int)harness.Last("GetCancellationPolicies").Json["DepartId"]!);
    }

    [Fact]
    public async Task One_way_options_keep_their_Id()
    {
        using var harness = new CangoorooHarness();
        harness.OnAllPayloads();
        var search = await harness.RunAsync(c => c.SearchAsync(CangoorooHarness.AdultOnlyCriteria));

        var flight = search.Solutions[0].Departures[0];

        Assert.Equal("1", flight.Id);
        Assert.Null(flight.StretchId);
    }

    [Fact]
    public async Task Null_options_before_the_chosen_one_do_not_break_selection_by_id()
    {
        using var harness = new CangoorooHarness();
        harness.OnAllPayloads();
        var payload = CangoorooHarness.PayloadNode("search-response.json");
        payload["Solutions"]![0]!["Depart"]!.AsArray().Insert(0, (JsonNode?)null);
        harness.OnJson("Search", payload.ToJsonString());
        var search = await harness.RunAsync(c => c.SearchAsync(CangoorooHarness.AdultOnlyCriteria));

        Assert.Equal("1", search.Select("17", "1", "2").Departure.Id);
    }
}
