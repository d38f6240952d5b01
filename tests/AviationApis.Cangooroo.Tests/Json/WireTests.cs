using System.Text.Json.Nodes;
using AviationApis.Cangooroo.Booking;
using AviationApis.Cangooroo.Options;
using AviationApis.Cangooroo.Search;
using AviationApis.Cangooroo.Tests.Infrastructure;
using NodaTime;

namespace AviationApis.Cangooroo.Tests.Json;

public sealed class WireTests
{
    [Fact]
    public async Task Search_posts_the_seed_body_to_the_prefixed_Search_path()
    {
        using var harness = new CangoorooHarness();
        harness.OnAllPayloads();

        await harness.RunAsync(c => c.SearchAsync(CangoorooHarness.SeedCriteria));

        var request = harness.Last("Search");
        Assert.Equal(HttpMethod.Post, request.HttpMethod);
        Assert.Equal(CangoorooHarness.MethodUrl + "Search", request.Uri.AbsoluteUri);
        Assert.Equal("application/json", request.MediaType);
        JsonAssert.Equal(CangoorooHarness.PayloadNode("seed-search-request.json"), request.Json);
    }

    [Fact]
    public async Task One_way_search_leaves_out_return_date_and_children_and_upper_cases_codes()
    {
        using var harness = new CangoorooHarness();
        harness.OnAllPayloads();

        await harness.RunAsync(c => c.SearchAsync(new FlightSearchCriteria
        {
            Origin = "gru",
            Destination = "gig",
            DepartureDate = new LocalDate(2020, 3, 1),
            Adults = 2,
            Nationality = "br",
            Cabin = CabinClass.Business,
            Luggage = LuggagePreference.With,
        }));

        var criteria = harness.Last("Search").Json["Criteria"]!.AsObject();
        Assert.False(criteria.ContainsKey("ReturnDate"));
        Assert.False(criteria.ContainsKey("ChildrenAge"));
        Assert.Equal("OneWay", (string?)criteria["SearchType"]);
        Assert.Equal("2020-03-01", (string?)criteria["DepartureDate"]);
        Assert.Equal("GRU", (string?)criteria["IataOriginAirport"]);
        Assert.Equal("GIG", (string?)criteria["IataDestinationAirport"]);
        Assert.Equal("BR", (string?)criteria["NationalityPax"]);
        Assert.Equal(2, (int)criteria["NumberOfAdults"]!);
        Assert.Equal("Business", (string?)criteria["ClassFlight"]);
        Assert.Equal("With", (string?)criteria["Luggage"]);
    }

    [Fact]
    public async Task Policies_post_token_and_ids_as_numbers_with_the_credential_in_the_body()
    {
        using var harness = new CangoorooHarness();
        harness.OnAllPayloads();

        await harness.QuoteAsync();

        var request = harness.Last("GetCancellationPolicies");
        Assert.Equal(HttpMethod.Post, request.HttpMethod);
        Assert.Equal(CangoorooHarness.MethodUrl + "GetCancellationPolicies", request.Uri.AbsoluteUri);
        JsonAssert.Equal(CangoorooHarness.PayloadNode("seed-policies-request.json"), request.Json);
    }

    [Fact]
    public async Task One_way_selection_sends_no_ReturnId()
    {
        using var harness = new CangoorooHarness();
        harness.OnJson("Search", """{"Error":null,"Token":"t-1","Solutions":[{"SolutionId":5,"Depart":[{"Id":"A1"}]}]}""");
        harness.OnPayload("GetCancellationPolicies", "policies-response.json");

        var search = await harness.RunAsync(c => c.SearchAsync(CangoorooHarness.AdultOnlyCriteria with { ReturnDate = null }));
        await harness.RunAsync(c => c.GetCancellationPoliciesAsync(search.Select("5", "A1")));

        var body = harness.Last("GetCancellationPolicies").Json.AsObject();
        Assert.False(body.ContainsKey("ReturnId"));
        Assert.Equal(5, (int)body["SolutionId"]!);
        Assert.Equal("A1", (string?)body["DepartId"]);
    }

    [Fact]
    public async Task Booking_posts_the_seed_body_to_the_Booking_path()
    {
        using var harness = new CangoorooHarness();
        harness.OnAllPayloads();
        var quote = await harness.QuoteAsync();

        var booking = await harness.RunAsync(c => c.BookAsync(quote, [CangoorooHarness.SeedPassenger], CangoorooHarness.SeedCard));

        var request = harness.Last("Booking");
        Assert.Equal(HttpMethod.Post, request.HttpMethod);
        Assert.Equal(CangoorooHarness.MethodUrl + "Booking", request.Uri.AbsoluteUri);
        // The seed's body, plus the client reference the booking can be found by when its outcome is unknown.
        var sent = request.Json.AsObject();
        Assert.Equal(quote.ClientReference, (string?)sent["ExternalReference"]);
        Assert.Matches("^[0-9a-f]{32}$", quote.ClientReference);
        sent.Remove("ExternalReference");
        JsonAssert.Equal(CangoorooHarness.PayloadNode("seed-booking-request.json"), sent);
        Assert.Equal("379", booking.ServiceId);
        Assert.Equal(quote.ClientReference, booking.ClientReference);
    }

    [Fact]
    public async Task Booking_path_segment_can_be_DoBooking()
    {
        using var harness = new CangoorooHarness(o => o.BookingPathSegment = CangoorooClientOptions.DoBookingPathSegment);
        harness.OnAllPayloads();
        var quote = await harness.QuoteAsync();

        await harness.RunAsync(c => c.BookAsync(quote, [CangoorooHarness.SeedPassenger], CangoorooHarness.SeedCard));

        Assert.Equal(0, harness.CountOf("Booking"));
        Assert.Equal(CangoorooHarness.MethodUrl + "DoBooking", harness.Last("DoBooking").Uri.AbsoluteUri);
    }

    [Fact]
    public async Task Booking_sends_main_passenger_first_and_strips_card_separators()
    {
        using var harness = new CangoorooHarness();
        harness.OnAllPayloads();
        var quote = await harness.QuoteAsync(CangoorooHarness.SeedCriteria);
        var child = new Passenger { Name = "Ana", Surname = "NoBook", Age = 7, IsChild = true };

        await harness.RunAsync(c => c.BookAsync(quote, [CangoorooHarness.SeedPassenger, child], CangoorooHarness.SeedCard with { Number = "4111 1111-1111 1111" }));

        var body = harness.Last("Booking").Json;
        var passengers = body["Passengers"]!.AsArray();
        Assert.True((bool)passengers[0]!["MainPax"]!);
        Assert.False((bool)passengers[1]!["MainPax"]!);
        Assert.True((bool)passengers[1]!["isChild"]!);
        Assert.Equal("4111111111111111", (string?)body["Payment"]!["CreditCard"]!["CardNumber"]);
    }

    [Theory]
    [InlineData("GetServiceDetails")]
    [InlineData("Cancel")]
    public async Task Service_calls_post_credential_and_numeric_ServiceId(string method)
    {
        using var harness = new CangoorooHarness();
        harness.OnAllPayloads();

        if (method == "Cancel")
        {
            await harness.RunAsync(c => c.CancelAsync("379"));
        }
        else
        {
            await harness.RunAsync(c => c.GetServiceDetailsAsync("379"));
        }

        var request = harness.Last(method);
        Assert.Equal(HttpMethod.Post, request.HttpMethod);
        Assert.Equal(CangoorooHarness.MethodUrl + method, request.Uri.AbsoluteUri);
        JsonAssert.Equal(CangoorooHarness.PayloadNode("seed-service-request.json"), request.Json);
    }

    [Fact]
    public async Task Non_numeric_service_id_is_sent_as_a_string()
    {
        using var harness = new CangoorooHarness();
        harness.OnAllPayloads();

        await harness.RunAsync(c => c.GetServiceDetailsAsync("SRV-9"));

        Assert.Equal("SRV-9", (string?)harness.Last("GetServiceDetails").Json["ServiceId"]);
    }

    [Fact]
    public async Task Base_address_without_trailing_slash_keeps_its_path()
    {
        using var harness = new CangoorooHarness(o => o.BaseAddress = new Uri("http://127.0.0.1:5000/some/prefix"));
        harness.OnAllPayloads();

        await harness.RunAsync(c => c.GetServiceDetailsAsync("1"));

        Assert.Equal(CangoorooHarness.MethodUrl + "GetServiceDetails", harness.Last("GetServiceDetails").Uri.AbsoluteUri);
    }

    [Fact]
    public void Committed_wire_payloads_are_valid_json() =>
        Assert.All(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Payloads"), "*.json"), f => Assert.NotNull(JsonNode.Parse(File.ReadAllText(f))));
}
