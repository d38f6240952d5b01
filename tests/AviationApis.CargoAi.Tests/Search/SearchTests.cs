using System.Net;
using System.Text.Json;
using AviationApis.CargoAi.Search;
using AviationApis.CargoAi.Shipments;
using AviationApis.CargoAi.Tests.Infrastructure;
using AviationApis.Core.Errors;
using NodaTime;

namespace AviationApis.CargoAi.Tests.Search;

public sealed class SearchTests
{
    internal static SearchRequest QuoteAndBook() => new()
    {
        Origin = "CDG",
        Destination = "SIN",
        DepartureDate = new LocalDate(2025, 11, 9),
        Offset = 3,
        Timeout = 20,
        Shipment = new Shipment
        {
            Pieces = 1,
            Weight = 100m,
            Volume = 1m,
            MeasurementUnit = MeasurementUnit.Metric,
            Product = "GCR",
            Dimensions = [new PieceGroup { Pieces = 1, Length = 100, Width = 100, Height = 100, Weight = 100, LoadType = LoadType.Dimensions, WeightType = WeightType.PerItem, Toploadable = false }],
            GlobalHs = ["123456"],
        },
        User = new SearchUser { Email = "ada@forwarder.example" },
        Filters = new SearchFilters { WithRateOnly = true, LiveRequests = true },
    };

    [Fact]
    public async Task Search_posts_the_request_and_reads_the_vendor_example()
    {
        using var h = new CargoAiHarness();
        h.Respond(HttpMethod.Post, "search", (HttpStatusCode.OK, CargoAiHarness.Payload("search-200-quote-and-book.json")));

        var result = await h.RunAsync(c => c.Search.SearchAsync(QuoteAndBook()));

        var request = Assert.Single(h.Requests);
        Assert.Equal(CargoAiHarness.Base + "search", request.Uri.AbsoluteUri);
        Assert.Equal(CargoAiHarness.ApiKey, request.Headers["x-api-key"]);
        Assert.False(request.Headers.ContainsKey("x-api-name"));
        using var body = JsonDocument.Parse(request.Body!);
        var root = body.RootElement;
        Assert.Equal("CDG", root.GetProperty("origin").GetString());
        Assert.Equal("SIN", root.GetProperty("destination").GetString());
        Assert.Equal("2025-11-09", root.GetProperty("departureDate").GetString());
        Assert.Equal(3, root.GetProperty("offset").GetInt32());
        Assert.Equal(20, root.GetProperty("timeout").GetInt32());
        Assert.False(root.TryGetProperty("id", out _));
        var shipment = root.GetProperty("shipment");
        Assert.Equal(100m, shipment.GetProperty("weight").GetDecimal());
        Assert.Equal("METRIC", shipment.GetProperty("measurementUnit").GetString());
        Assert.Equal("123456", shipment.GetProperty("globalHS")[0].GetString());
        var group = shipment.GetProperty("dimensions")[0];
        Assert.Equal("DIMENSIONS", group.GetProperty("loadType").GetString());
        Assert.Equal("PER_ITEM", group.GetProperty("weightType").GetString());
        Assert.False(group.GetProperty("toploadable").GetBoolean());
        Assert.Equal("ada@forwarder.example", root.GetProperty("user").GetProperty("email").GetString());
        Assert.True(root.GetProperty("filters").GetProperty("withRateOnly").GetBoolean());
        Assert.True(root.GetProperty("filters").GetProperty("liveRequests").GetBoolean());

        Assert.True(result.IsCompleted);
        Assert.Equal("e8f7d6f8-d00d-4fb5-8600-1d9e5a89677c", result.Id);
        Assert.Equal(7, result.Flights!.Count);
        var flight = result.Flights[0];
        Assert.Equal("57324f94-bbed-11f0-aa57-82c5a440dd41", flight.FlightUuid);
        Assert.Equal(new LocalDateTime(2025, 11, 9, 18, 0), flight.DepartureTime!.Value.LocalDateTime);
        Assert.Equal(Offset.FromHours(1), flight.DepartureTime!.Value.Offset);
        Assert.NotEmpty(flight.Legs!);
        Assert.NotEmpty(flight.Rates!);
        Assert.All(result.Flights!.SelectMany(f => f.Rates ?? []), r => Assert.False(string.IsNullOrEmpty(r.Id)));
        Assert.Equal("https://app.dev.cargoai.co/forwarder/search/search-result?uuid=e8f7d6f8-d00d-4fb5-8600-1d9e5a89677c&auth={{auth_token}}", result.ResultsUrl!.OriginalString);
        Assert.Equal("app.dev.cargoai.co", result.ResultsUrl.Host);
        var booking = flight.Rates![0].BookingUrl!;
        Assert.Equal("/shipment-details/new", booking.AbsolutePath);
        Assert.Contains("flightUUID=57324f94-bbed-11f0-aa57-82c5a440dd41", booking.Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_error_body_with_a_success_status_is_an_invalid_response_not_an_empty_search()
    {
        using var h = new CargoAiHarness();
        h.Respond(HttpMethod.Post, "search", (HttpStatusCode.OK, $$"""{"statusCode":500,"message":"Internal server error for key {{CargoAiHarness.ApiKey}}"}"""));

        var ex = await Assert.ThrowsAsync<InvalidResponseException>(() => h.RunAsync(c => c.Search.SearchAsync(QuoteAndBook())));

        Assert.Equal(HttpStatusCode.OK, ex.StatusCode);
        Assert.Equal("CargoAi.Search", ex.OperationName);
        Assert.Contains("Internal server error", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(CargoAiHarness.ApiKey, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_broken_booking_link_is_null_and_does_not_fail_the_search()
    {
        using var h = new CargoAiHarness();
        const string Body = """{"id":"s-1","status":"COMPLETED","resultsURL":"http://[broken","flights":[{"flightUUID":"f-1","rates":[{"id":"r-1","bookingURL":"https://app.cargoai.co/b?x=1"},{"id":"r-2","bookingURL":"http://[broken"}]}]}""";
        h.Respond(HttpMethod.Post, "search", (HttpStatusCode.OK, Body));

        var result = await h.RunAsync(c => c.Search.SearchAsync(QuoteAndBook()));

        Assert.Null(result.ResultsUrl);
        var rates = result.Flights![0].Rates!;
        Assert.Equal(new Uri("https://app.cargoai.co/b?x=1"), rates[0].BookingUrl);
        Assert.Null(rates[1].BookingUrl);
        Assert.Equal(rates[0], rates[0] with { BookingUrl = new Uri("https://app.cargoai.co/b?x=1") });
        Assert.NotEqual(rates[0], rates[0] with { BookingUrl = new Uri("https://app.cargoai.co/b?x=2") });
    }

    [Fact]
    public async Task Search_polls_202_202_200_resending_the_id_and_merges_flights()
    {
        using var h = new CargoAiHarness(o => o.PollInterval = TimeSpan.FromSeconds(3));
        const string First = """{"id":"s-1","status":"STARTED","flights":[{"flightUUID":"f-1","available":true,"features":{"bookable":true}}]}""";
        const string Second = """{"id":"s-1","status":"STARTED","flights":[{"flightUUID":"f-2"}]}""";
        const string Last = """{"id":"s-1","status":"COMPLETED","flights":[{"flightUUID":"f-1","available":false,"availableReason":"Dimensions are not loadable"},{"flightUUID":"f-3"}]}""";
        h.Respond(HttpMethod.Post, "search", (HttpStatusCode.Accepted, First), (HttpStatusCode.Accepted, Second), (HttpStatusCode.OK, Last));

        var result = await h.RunAsync(c => c.Search.SearchAsync(QuoteAndBook()));

        var requests = h.Requests.ToArray();
        Assert.Equal(3, requests.Length);
        using (var first = JsonDocument.Parse(requests[0].Body!))
        {
            Assert.False(first.RootElement.TryGetProperty("id", out _));
        }

        foreach (var poll in requests[1..])
        {
            using var body = JsonDocument.Parse(poll.Body!);
            Assert.Equal("s-1", body.RootElement.GetProperty("id").GetString());
            Assert.Equal("CDG", body.RootElement.GetProperty("origin").GetString());
        }

        Assert.Equal(TimeSpan.FromSeconds(6), h.Time.Elapsed);
        Assert.True(result.IsCompleted);
        Assert.Equal(["f-1", "f-2", "f-3"], result.Flights!.Select(f => f.FlightUuid));
        Assert.False(result.Flights![0].Bookability.IsBookable);
        Assert.Equal("Dimensions are not loadable", result.Flights![0].Bookability.Reason);
    }

    [Fact]
    public async Task Progressive_search_yields_each_batch()
    {
        using var h = new CargoAiHarness();
        h.Respond(
            HttpMethod.Post,
            "search",
            (HttpStatusCode.Accepted, CargoAiHarness.Payload("search-202-intermediate.json")),
            (HttpStatusCode.OK, CargoAiHarness.Payload("search-200-quote-and-book.json")));

        var batches = await h.RunAsync(async c =>
        {
            var list = new List<SearchResponse>();
            await foreach (var batch in c.Search.SearchProgressivelyAsync(QuoteAndBook()))
            {
                list.Add(batch);
            }

            return list;
        });

        Assert.Equal(2, batches.Count);
        Assert.Equal(SearchStatus.Started, batches[0].Status);
        Assert.Equal(3, batches[0].Flights!.Count);
        Assert.Equal(SearchStatus.Completed, batches[1].Status);
        Assert.Equal(7, batches[1].Flights!.Count);
    }

    [Fact]
    public async Task Polling_stops_at_the_budget_with_a_timeout_exception()
    {
        using var h = new CargoAiHarness(o =>
        {
            o.PollInterval = TimeSpan.FromSeconds(10);
            o.PollBudget = TimeSpan.FromSeconds(25);
        });
        h.Respond(HttpMethod.Post, "search", (HttpStatusCode.Accepted, """{"id":"s-9","status":"STARTED","flights":[]}"""));

        var ex = await Assert.ThrowsAsync<AviationTimeoutException>(() => h.RunAsync(c => c.Search.SearchAsync(QuoteAndBook())));

        Assert.Equal(TimeoutBudget.Total, ex.Budget);
        Assert.Equal(3, h.Requests.Count);
    }

    [Fact]
    public async Task Schedules_mode_sends_the_header_and_needs_no_shipment()
    {
        using var h = new CargoAiHarness();
        h.Respond(HttpMethod.Post, "search", (HttpStatusCode.OK, """{"id":"s-2","status":"COMPLETED","flights":[{"flightUUID":"f-9","stops":0}]}"""));

        var result = await h.RunAsync(c => c.Search.SearchSchedulesAsync(new SearchRequest { Origin = "CDG", Destination = "SIN", DepartureDate = new LocalDate(2025, 11, 9) }));

        var request = Assert.Single(h.Requests);
        Assert.Equal("Schedules", request.Headers["x-api-name"]);
        using var body = JsonDocument.Parse(request.Body!);
        Assert.False(body.RootElement.TryGetProperty("shipment", out _));
        Assert.Single(result.Flights!);
    }

    [Fact]
    public async Task Quote_and_book_without_shipment_or_user_is_refused_before_sending()
    {
        using var h = new CargoAiHarness();
        h.Respond(HttpMethod.Post, "search", (HttpStatusCode.OK, "{}"));

        var ex = await Assert.ThrowsAsync<ValidationFailedException>(() => h.RunAsync(c => c.Search.SearchAsync(QuoteAndBook() with { Shipment = null, User = new SearchUser { Iata = "1234567" } })));

        Assert.Equal(["shipment", "user"], ex.FieldErrors.Select(f => f.Field));
        Assert.Empty(h.Requests);
    }

    [Fact]
    public async Task Search_is_retried_on_503_because_it_is_a_query()
    {
        using var h = new CargoAiHarness();
        h.Respond(HttpMethod.Post, "search", (HttpStatusCode.ServiceUnavailable, """{"message":"busy"}"""), (HttpStatusCode.OK, """{"id":"s","status":"COMPLETED","flights":[]}"""));

        var result = await h.RunAsync(c => c.Search.SearchAsync(QuoteAndBook()));

        Assert.Equal(2, h.Requests.Count);
        Assert.True(result.IsCompleted);
    }

    [Fact]
    public void Bookability_needs_available_and_bookable()
    {
        Assert.True(new Flight { Available = true, Features = new FlightFeatures { Bookable = true } }.Bookability.IsBookable);
        var notBookable = new Flight { Available = true, Features = new FlightFeatures { Bookable = false } }.Bookability;
        Assert.False(notBookable.IsBookable);
        Assert.Contains("bookable", notBookable.Reason, StringComparison.Ordinal);
        Assert.False(new Flight { Available = true, Features = new FlightFeatures() }.Bookability.IsBookable);
        Assert.False(new Flight { Available = false, Features = new FlightFeatures { Bookable = true } }.Bookability.IsBookable);
    }

    [Fact]
    public async Task Cancelling_while_polling_stops_with_operation_canceled()
    {
        using var h = new CargoAiHarness(o => o.PollInterval = TimeSpan.FromSeconds(5));
        h.Respond(HttpMethod.Post, "search", (HttpStatusCode.Accepted, """{"id":"s-1","status":"STARTED","flights":[]}"""));
        using var cts = new CancellationTokenSource();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => h.RunAsync(async c =>
        {
            await foreach (var batch in c.Search.SearchProgressivelyAsync(QuoteAndBook(), cts.Token))
            {
                await cts.CancelAsync();
            }

            return 0;
        }));

        Assert.Single(h.Requests);
    }
}
