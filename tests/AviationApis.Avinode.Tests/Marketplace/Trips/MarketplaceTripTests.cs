using System.Net;
using System.Text.Json;
using AviationApis.Avinode.Marketplace;
using AviationApis.Avinode.Marketplace.TripMessages;
using AviationApis.Avinode.Marketplace.Trips;
using AviationApis.Avinode.Resources;
using AviationApis.Avinode.SchedAero.Trips;
using AviationApis.Avinode.Tests.Infrastructure;
using AviationApis.Core.Errors;
using AviationApis.Core.Signing;
using NodaTime;

namespace AviationApis.Avinode.Tests.Marketplace.Trips;

public sealed class MarketplaceTripTests
{
    private const string PrefixedBase = "http://127.0.0.1:5057/some/prefix/api/";

    private static CreateTripRequest NewTrip() => new()
    {
        ExternalTripId = "CRM-42",
        Sourcing = true,
        Criteria = new TripCriteria { RequiredLift = [new RequiredLift { AircraftCategory = "Heavy jet" }], MinimumYearOfMake = 2010 },
        Segments =
        [
            new TripSegment
            {
                StartAirport = MarketplaceAirport.FromIcao("KMIA"),
                EndAirport = MarketplaceAirport.FromIata("LHR"),
                DateTime = new SegmentDateTime { Date = new LocalDate(2025, 3, 1), Time = new LocalTime(10, 0) },
                PaxCount = 4,
                PaxSegment = true,
            },
        ],
    };

    [Fact]
    public async Task Creating_a_trip_posts_the_documented_body_under_a_prefixed_base_and_returns_typed_deep_links()
    {
        using var harness = new AvinodeHarness(o => o.MarketplaceBaseAddress = new Uri(PrefixedBase));
        harness.Handler = (_, _) => AvinodeHarness.Json($$"""{"meta": {}, "data": {{MarketplacePayloads.Trip}}}""", HttpStatusCode.Created);

        var result = await harness.Marketplace.CreateTripAsync(NewTrip());

        var sent = Assert.Single(harness.Requests);
        Assert.Equal(HttpMethod.Post, sent.Method);
        Assert.Equal(PrefixedBase + "trips", sent.Uri.AbsoluteUri);
        Assert.Equal("Bearer " + AvinodeHarness.AuthorizationToken, sent.Header("Authorization"));
        Assert.Equal(AvinodeHarness.ApiToken, sent.Header(AvinodeHeaders.ApiToken));
        Assert.Null(sent.Header(AvinodeHeaders.ActAsAccount));
        Assert.StartsWith("application/json", sent.ContentType, StringComparison.Ordinal);
        using var body = JsonDocument.Parse(sent.Body!);
        var root = body.RootElement;
        Assert.Equal("CRM-42", root.GetProperty("externalTripId").GetString());
        Assert.True(root.GetProperty("sourcing").GetBoolean());
        Assert.Equal("Heavy jet", root.GetProperty("criteria").GetProperty("requiredLift")[0].GetProperty("aircraftCategory").GetString());
        Assert.Equal(2010, root.GetProperty("criteria").GetProperty("minimumYearOfMake").GetInt32());
        var segment = root.GetProperty("segments")[0];
        Assert.Equal("KMIA", segment.GetProperty("startAirport").GetProperty("icao").GetString());
        Assert.Equal("LHR", segment.GetProperty("endAirport").GetProperty("iata").GetString());
        Assert.False(segment.GetProperty("startAirport").TryGetProperty("iata", out _));
        Assert.Equal("2025-03-01", segment.GetProperty("dateTime").GetProperty("date").GetString());
        Assert.Equal("10:00", segment.GetProperty("dateTime").GetProperty("time").GetString());
        Assert.True(segment.GetProperty("dateTime").GetProperty("departure").GetBoolean());
        Assert.True(segment.GetProperty("dateTime").GetProperty("local").GetBoolean());
        Assert.Equal("4", segment.GetProperty("paxCount").GetString());
        Assert.True(segment.GetProperty("paxSegment").GetBoolean());
        Assert.False(root.TryGetProperty("postToTripBoard", out _));

        var trip = result.Data!;
        Assert.Equal(HttpStatusCode.Created, result.StatusCode);
        Assert.Equal(new ResourceId("atrip-1000000137"), trip.Id);
        Assert.Equal("A1B2C3", trip.TripId);
        Assert.Equal("https://sandbox.avinode.com/marketplace/mvc/search/load/atrip-1000000137?source=api&origin=api_action", trip.Actions!.SearchInAvinode!.ToUri().AbsoluteUri);
        Assert.Equal("GET", trip.Actions.SearchInAvinode.HttpMethod);
        Assert.Equal("https://sandbox.avinode.com/marketplace/mvc/trips/buying/atrip-1000000137", trip.Actions.ViewInAvinode!.Href);
        Assert.Equal("PUT", trip.Actions.Cancel!.HttpMethod);
        Assert.True(trip.Actions.AdditionalProperties!.ContainsKey("somethingNew"));
        Assert.True(trip.AdditionalProperties!.ContainsKey("futureMember"));
        Assert.Equal(new ResourceId("arfq-1001"), Assert.Single(trip.Links!.Rfqs!).Id);
    }

    [Fact]
    public async Task Act_as_account_is_sent_only_when_asked()
    {
        using var harness = new AvinodeHarness();
        harness.Handler = (_, _) => AvinodeHarness.Data(MarketplacePayloads.Trip);

        await harness.Marketplace.CreateTripAsync(NewTrip(), actAsAccount: "johnsmith64");
        await harness.Marketplace.CreateTripAsync(NewTrip());
        await harness.Marketplace.GetTripAsync(new ResourceId("atrip-1000000137"));

        var sent = harness.Requests.ToArray();
        Assert.Equal("johnsmith64", sent[0].Header(AvinodeHeaders.ActAsAccount));
        Assert.Null(sent[1].Header(AvinodeHeaders.ActAsAccount));
        Assert.Null(sent[2].Header(AvinodeHeaders.ActAsAccount));
    }

    [Fact]
    public async Task Reads_take_act_as_account_too_and_an_empty_one_suppresses_the_default()
    {
        using var harness = new AvinodeHarness(o => o.DefaultActAsAccount = "dispatcher01");
        harness.Handler = (_, _) => AvinodeHarness.Data(MarketplacePayloads.TripMessage);

        await harness.Marketplace.GetTripMessageAsync(new ResourceId("abuyermsg-1000000023"), actAsAccount: "johnsmith64");
        await harness.Marketplace.GetTripMessageAsync(new ResourceId("abuyermsg-1000000023"));
        await harness.Marketplace.GetTripMessageAsync(new ResourceId("abuyermsg-1000000023"), actAsAccount: string.Empty);

        var sent = harness.Requests.ToArray();
        Assert.Equal("johnsmith64", sent[0].Header(AvinodeHeaders.ActAsAccount));
        Assert.Equal("dispatcher01", sent[1].Header(AvinodeHeaders.ActAsAccount));
        Assert.Null(sent[2].Header(AvinodeHeaders.ActAsAccount));
    }

    [Fact]
    public async Task Creating_a_trip_is_not_retried_but_reading_one_is()
    {
        using var harness = new AvinodeHarness();
        harness.Handler = (_, _) => AvinodeHarness.Json("{}", HttpStatusCode.ServiceUnavailable);

        await Assert.ThrowsAnyAsync<AviationApiException>(() => harness.RunMarketplace(c => c.CreateTripAsync(NewTrip())));
        Assert.Single(harness.Requests);

        var calls = 0;
        harness.Handler = (_, _) => ++calls == 1 ? AvinodeHarness.Json("{}", HttpStatusCode.ServiceUnavailable) : AvinodeHarness.Data(MarketplacePayloads.Trip);
        var read = await harness.RunMarketplace(c => c.GetTripAsync(new ResourceId("atrip-1000000137")));
        Assert.Equal("A1B2C3", read.Data!.TripId);
        Assert.Equal(3, harness.Requests.Count);
    }

    [Fact]
    public async Task A_201_with_only_a_location_reads_the_new_trip()
    {
        using var harness = new AvinodeHarness();
        harness.Handler = (r, _) =>
        {
            if (r.Method == HttpMethod.Post)
            {
                var created = AvinodeHarness.Json("""{"meta": {}}""", HttpStatusCode.Created);
                created.Headers.Location = new Uri(MarketplacePayloads.Base + "trips/atrip-1000000137");
                return created;
            }

            return AvinodeHarness.Data(MarketplacePayloads.Trip);
        };

        var result = await harness.Marketplace.CreateTripAsync(NewTrip());

        Assert.Equal("A1B2C3", result.Data!.TripId);
        Assert.Equal(MarketplacePayloads.Base + "trips/atrip-1000000137", harness.Requests.Last().Uri.AbsoluteUri);
    }

    [Fact]
    public async Task An_invalid_trip_is_refused_before_anything_is_sent()
    {
        using var harness = new AvinodeHarness();
        var trip = NewTrip() with { Segments = [new TripSegment { StartAirport = new MarketplaceAirport(), PaxCount = -1 }] };

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => harness.Marketplace.CreateTripAsync(trip));

        Assert.Contains(error.Details.FieldErrors, f => f.Field == "segments[0].startAirport");
        Assert.Contains(error.Details.FieldErrors, f => f.Field == "segments[0].endAirport");
        Assert.Contains(error.Details.FieldErrors, f => f.Field == "segments[0].dateTime");
        Assert.Contains(error.Details.FieldErrors, f => f.Field == "segments[0].paxCount");
        Assert.Empty(harness.Requests);
    }

    [Fact]
    public async Task Reading_a_trip_sends_sparse_fields_as_repeated_array_parameters()
    {
        using var harness = new AvinodeHarness(o => o.MarketplaceBaseAddress = new Uri(PrefixedBase));
        harness.Handler = (_, _) => AvinodeHarness.Data(MarketplacePayloads.Trip);

        await harness.Marketplace.GetTripAsync(new ResourceId("atrip-1000000137"), MarketplaceFields.Trips("rfqs", "segments"));

        var sent = Assert.Single(harness.Requests);
        Assert.Equal(HttpMethod.Get, sent.Method);
        Assert.Equal(PrefixedBase + "trips/atrip-1000000137?fields[trips]=rfqs&fields[trips]=segments", Uri.UnescapeDataString(sent.Uri.AbsoluteUri));
        Assert.Null(sent.Body);
    }

    [Theory]
    [InlineData("BY_CLIENT")]
    [InlineData("CHANGED")]
    [InlineData("BOOKED")]
    [InlineData("OTHER")]
    public async Task Cancelling_puts_the_reason_and_message_with_the_trip_id(string reason)
    {
        using var harness = new AvinodeHarness(o => o.MarketplaceBaseAddress = new Uri(PrefixedBase));
        harness.Handler = (_, _) => AvinodeHarness.Json($$"""{"meta": {"infos": [{"code": "OK", "title": "Cancelled"}]}, "data": {{MarketplacePayloads.Trip}}}""");
        var known = new[] { TripCancellationReason.ByClient, TripCancellationReason.Changed, TripCancellationReason.Booked, TripCancellationReason.Other };
        var typed = Assert.Single(known, r => r.Value == reason);

        var result = await harness.Marketplace.CancelTripAsync(
            new ResourceId("atrip-1000000137"),
            new TripCancellation { Reason = typed, MessageToSeller = "Client cancelled." },
            actAsAccount: "johnsmith64");

        var sent = Assert.Single(harness.Requests);
        Assert.Equal(HttpMethod.Put, sent.Method);
        Assert.Equal(PrefixedBase + "trips/atrip-1000000137/cancel", sent.Uri.AbsoluteUri);
        Assert.Equal("johnsmith64", sent.Header(AvinodeHeaders.ActAsAccount));
        using var body = JsonDocument.Parse(sent.Body!);
        Assert.Equal("atrip-1000000137", body.RootElement.GetProperty("id").GetString());
        Assert.Equal(reason, body.RootElement.GetProperty("reason").GetString());
        Assert.Equal("Client cancelled.", body.RootElement.GetProperty("messageToSeller").GetString());
        Assert.Equal(new ResourceId("atrip-1000000137"), result.Data.Id);
        Assert.Equal("Cancelled", Assert.Single(result.Meta.Infos).Title);
    }

    [Fact]
    public async Task Soft_errors_on_a_created_trip_are_exposed()
    {
        using var harness = new AvinodeHarness();
        harness.Handler = (_, _) => AvinodeHarness.Json("""{"meta": {"errors": [{"title": "Invalid start airport", "code": "START_AIRPORT_INVALID", "path": "segments[0].startAirport"}]}, "data": {}}""");

        var result = await harness.Marketplace.CreateTripAsync(NewTrip());

        Assert.True(result.HasErrors);
        Assert.Equal("START_AIRPORT_INVALID", Assert.Single(result.Meta.Errors).Code);
    }
}
