using System.Net;
using System.Text.Json;
using AviationApis.Avinode.Errors;
using AviationApis.Avinode.Marketplace;
using AviationApis.Avinode.Marketplace.EmptyLegs;
using AviationApis.Avinode.Resources;
using AviationApis.Avinode.Tests.Infrastructure;
using AviationApis.Core.Errors;
using NodaTime;

namespace AviationApis.Avinode.Tests.Marketplace.EmptyLegs;

public sealed class EmptyLegTests
{
    private const string PrefixedBase = "http://127.0.0.1:5057/some/prefix/api/";

    private static CreateEmptyLegRequest NewLeg() => new()
    {
        StartAirport = new MarketplaceAirport { Icao = "KTEB" },
        EndAirport = new MarketplaceAirport { Icao = "KPBI" },
        DateTime = new SegmentDateTime { Date = new LocalDate(2030, 3, 14), Time = new LocalTime(9, 30) },
        AircraftTail = "N123AB",
        Message = "Repositioning\rflexible by 2h",
        AdditionalProperties = new Dictionary<string, JsonElement> { ["price"] = JsonDocument.Parse("""{"amount":9500,"currency":"USD"}""").RootElement },
    };

    [Fact]
    public async Task Creating_an_empty_leg_posts_it_once_and_returns_the_leg()
    {
        using var harness = new AvinodeHarness(o => o.MarketplaceBaseAddress = new Uri(PrefixedBase));
        harness.Handler = (_, _) => AvinodeHarness.Data("""{"id": "aemptyleg-1", "type": "emptylegs", "startAirport": {"icao": "KTEB"}, "endAirport": {"icao": "KPBI"}}""");

        var created = await harness.RunMarketplace(c => c.CreateEmptyLegAsync(NewLeg(), "johnsmith64"));

        Assert.Equal(new ResourceId("aemptyleg-1"), created.Data!.Id);
        var sent = Assert.Single(harness.Requests);
        Assert.Equal(HttpMethod.Post, sent.Method);
        Assert.Equal(PrefixedBase + "emptylegs", sent.Uri.AbsoluteUri);
        Assert.Equal("johnsmith64", sent.Header("X-Avinode-ActAsAccount"));
        using var body = JsonDocument.Parse(sent.Body!);
        var root = body.RootElement;
        Assert.Equal("KTEB", root.GetProperty("startAirport").GetProperty("icao").GetString());
        Assert.Equal("KPBI", root.GetProperty("endAirport").GetProperty("icao").GetString());
        Assert.Equal("2030-03-14", root.GetProperty("dateTime").GetProperty("date").GetString());
        Assert.Equal("09:30", root.GetProperty("dateTime").GetProperty("time").GetString());
        Assert.Equal("N123AB", root.GetProperty("aircraftTail").GetProperty("tailNumber").GetString());
        Assert.Equal("Repositioning\nflexible by 2h", root.GetProperty("message").GetString());
        Assert.Equal(9500, root.GetProperty("price").GetProperty("amount").GetInt32());
    }

    [Fact]
    public async Task A_create_answered_with_only_a_Location_reads_the_new_leg_from_it()
    {
        using var harness = new AvinodeHarness(o => o.MarketplaceBaseAddress = new Uri(PrefixedBase));
        harness.Handler = (recorded, _) => recorded.Method == HttpMethod.Post
            ? new HttpResponseMessage(HttpStatusCode.Created) { Content = new StringContent("""{"meta":{}}"""), Headers = { Location = new Uri(PrefixedBase + "emptylegs/aemptyleg-2") } }
            : AvinodeHarness.Data("""{"id": "aemptyleg-2", "type": "emptylegs"}""");

        var created = await harness.RunMarketplace(c => c.CreateEmptyLegAsync(NewLeg()));

        Assert.Equal(new ResourceId("aemptyleg-2"), created.Data!.Id);
        Assert.Equal([HttpMethod.Post, HttpMethod.Get], harness.Requests.Select(r => r.Method));
    }

    [Fact]
    public async Task A_create_is_not_retried()
    {
        using var harness = new AvinodeHarness(o => o.MarketplaceBaseAddress = new Uri(PrefixedBase));
        harness.Handler = (_, _) => AvinodeHarness.Json("{}", HttpStatusCode.BadGateway);

        await Assert.ThrowsAsync<ServiceFailureException>(() => harness.RunMarketplace(c => c.CreateEmptyLegAsync(NewLeg())));

        Assert.Single(harness.Requests);
    }

    [Fact]
    public async Task An_empty_leg_without_airports_is_refused_locally()
    {
        using var harness = new AvinodeHarness();

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => harness.Marketplace.CreateEmptyLegAsync(NewLeg() with { StartAirport = new MarketplaceAirport(), EndAirport = new MarketplaceAirport() }));

        Assert.Equal(["startAirport", "endAirport"], error.FieldErrors.Select(f => f.Field));
        Assert.Empty(harness.Requests);
    }

    [Fact]
    public async Task An_empty_leg_of_another_shape_is_a_typed_error_not_a_JsonException()
    {
        using var harness = new AvinodeHarness();
        harness.Handler = (_, _) => AvinodeHarness.Json("""{"data":[{"id":"l1","startAirport":"KTEB"}]}""");
        var search = new EmptyLegSearchRequest { Segments = [new TripSegment { StartAirport = new MarketplaceAirport { Icao = "KTEB" } }] };

        var error = await Assert.ThrowsAsync<InvalidResponseException>(() => harness.RunMarketplace(c => c.SearchEmptyLegsAsync(search)));

        Assert.Contains("startAirport", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Null_entries_in_a_search_answer_are_skipped()
    {
        using var harness = new AvinodeHarness();
        harness.Handler = (_, _) => AvinodeHarness.Json("""{"data":[null,{"id":"l1"},null]}""");
        var search = new EmptyLegSearchRequest { Segments = [new TripSegment { StartAirport = new MarketplaceAirport { Icao = "KTEB" } }] };

        var legs = await harness.RunMarketplace(c => c.SearchEmptyLegsAsync(search));

        Assert.Equal(new ResourceId("l1"), Assert.Single(legs.Data!).Id);
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest)]
    [InlineData(HttpStatusCode.OK)]
    public async Task Null_entries_in_meta_errors_are_skipped(HttpStatusCode status)
    {
        using var harness = new AvinodeHarness();
        harness.Handler = (_, _) => AvinodeHarness.Json("""{"meta":{"errors":[null,{"code":"ERR_INPUT_GENERIC_INVALID","title":"Bad","path":"segments"},null],"warnings":[null]},"data":{"id":"t1"}}""", status);

        if (status == HttpStatusCode.OK)
        {
            var trip = await harness.RunMarketplace(c => c.GetTripAsync(new ResourceId("t1")));
            var soft = Assert.Single(trip.Meta.Errors);
            Assert.Equal("Bad", soft.Title);
            Assert.Empty(trip.Meta.Warnings);
            var error = Assert.Throws<AvinodeSoftErrorException>(() => trip.EnsureNoErrors());
            Assert.Contains("Bad", error.Message, StringComparison.Ordinal);
        }
        else
        {
            var error = await Assert.ThrowsAsync<ValidationFailedException>(() => harness.RunMarketplace(c => c.GetTripAsync(new ResourceId("t1"))));
            Assert.Equal("segments", Assert.Single(error.FieldErrors).Field);
        }
    }
}
