using AviationApis.Avinode.Marketplace;
using AviationApis.Avinode.Marketplace.Notifications;
using AviationApis.Avinode.Marketplace.Quotes;
using AviationApis.Avinode.Marketplace.Rfqs;
using AviationApis.Avinode.Marketplace.TripMessages;
using AviationApis.Avinode.Marketplace.Trips;
using AviationApis.Avinode.Notifications;
using AviationApis.Avinode.Resources;
using AviationApis.Avinode.SchedAero.Quotes;
using AviationApis.Avinode.SchedAero.Trips;
using AviationApis.Avinode.Tests.Infrastructure;
using AviationApis.Avinode.Webhooks;
using AviationApis.Core.Errors;

namespace AviationApis.Avinode.Tests.Marketplace.Notifications;

public sealed class MarketplaceNotificationTests
{
    private const string PrefixedBase = "http://127.0.0.1:5057/some/prefix/api/";

    [Fact]
    public async Task A_trip_request_notification_fetches_the_rfq_through_its_href()
    {
        using var harness = new AvinodeHarness();
        harness.Handler = (_, _) => AvinodeHarness.Data(MarketplacePayloads.Rfq);
        var notification = AvinodeNotificationParser.Parse("""{ "id": "arfq-1001", "href": "https://sandbox.avinode.com/api/rfqs/arfq-1001", "type": "rfqs", "tripId": "A1B2C3", "newMember": 1 }""");

        var result = await harness.Marketplace.GetNotificationResourceAsync(notification, WebhookEventType.TripRequest);

        var sent = Assert.Single(harness.Requests);
        Assert.Equal(HttpMethod.Get, sent.Method);
        Assert.Equal("https://sandbox.avinode.com/api/rfqs/arfq-1001", sent.Uri.AbsoluteUri);
        var resource = result.Data!;
        Assert.Equal(MarketplaceResourceKind.Rfq, resource.Kind);
        Assert.Equal(WebhookEventType.TripRequest, resource.EventType);
        Assert.Equal(new ResourceId("arfq-1001"), resource.Rfq!.Id);
        Assert.Null(resource.TripMessage);
        Assert.Equal("A1B2C3", resource.Notification.TripId);
    }

    [Fact]
    public async Task A_chat_notification_without_a_type_is_typed_by_its_href()
    {
        using var harness = new AvinodeHarness(o => o.MarketplaceBaseAddress = new Uri(PrefixedBase));
        harness.Handler = (_, _) => AvinodeHarness.Data(MarketplacePayloads.TripMessage);
        var notification = AvinodeNotificationParser.Parse($$"""{ "id": "abuyermsg-1000000023", "href": "{{PrefixedBase}}tripmsgs/abuyermsg-1000000023" }""");

        var result = await harness.Marketplace.GetNotificationResourceAsync(notification);

        Assert.Equal(PrefixedBase + "tripmsgs/abuyermsg-1000000023", Assert.Single(harness.Requests).Uri.AbsoluteUri);
        Assert.Equal(MarketplaceResourceKind.TripMessage, result.Data!.Kind);
        Assert.Equal("Can you do it with a G650?", result.Data.TripMessage!.Message);
        Assert.Null(result.Data.EventType);
    }

    [Theory]
    [InlineData("TripRequest", MarketplaceResourceKind.Rfq)]
    [InlineData("TripRequestMine", MarketplaceResourceKind.Rfq)]
    [InlineData("TripRequestSellerResponse", MarketplaceResourceKind.TripMessage)]
    [InlineData("TripRequestSellerResponseMine", MarketplaceResourceKind.TripMessage)]
    [InlineData("TripChatFromBuyer", MarketplaceResourceKind.TripMessage)]
    [InlineData("TripChatFromSeller", MarketplaceResourceKind.TripMessage)]
    [InlineData("TripChatMine", MarketplaceResourceKind.TripMessage)]
    [InlineData("ClientLeads", MarketplaceResourceKind.Other)]
    public async Task When_neither_type_nor_href_tells_the_event_type_decides(string eventType, MarketplaceResourceKind expected)
    {
        using var harness = new AvinodeHarness();
        harness.Handler = (_, _) => AvinodeHarness.Data("""{"id": "x-1", "type": "something", "message": "hello", "tripId": "A1B2C3"}""");
        var notification = AvinodeNotificationParser.Parse("""{ "id": "x-1", "href": "https://sandbox.avinode.com/api/v2/x-1" }""");

        var result = await harness.Marketplace.GetNotificationResourceAsync(notification, WebhookEventType.FromValue(eventType));

        Assert.Equal(expected, result.Data!.Kind);
        switch (expected)
        {
            case MarketplaceResourceKind.Rfq:
                Assert.Equal("A1B2C3", result.Data.Rfq!.TripId);
                break;
            case MarketplaceResourceKind.TripMessage:
                Assert.Equal("hello", result.Data.TripMessage!.Message);
                break;
            default:
                Assert.Equal("hello", result.Data.Other!.Value.GetProperty("message").GetString());
                break;
        }
    }

    [Fact]
    public async Task A_notification_for_a_foreign_host_is_refused_without_sending_tokens()
    {
        using var harness = new AvinodeHarness();
        var notification = AvinodeNotificationParser.Parse("""{ "id": "arfq-1", "href": "https://attacker.example.com/api/rfqs/arfq-1", "type": "rfqs" }""");

        var refused = await Assert.ThrowsAsync<OriginNotAllowedException>(() => harness.Marketplace.GetNotificationResourceAsync(notification, WebhookEventType.TripRequest));
        Assert.Equal("https://attacker.example.com:443", refused.RefusedOrigin);

        Assert.Empty(harness.Requests);
    }

    [Fact]
    public async Task A_buyer_flow_runs_end_to_end_through_typed_calls()
    {
        using var harness = new AvinodeHarness();
        harness.Handler = (r, _) => r.Uri.AbsolutePath switch
        {
            "/api/trips" => AvinodeHarness.Data(MarketplacePayloads.Trip),
            "/api/tripmsgs/asellermsg-5" => AvinodeHarness.Data("""{"id": "asellermsg-5", "type": "tripmsgs", "links": {"quotes": [{"id": "aquote-3001", "href": "https://sandbox.avinode.com/api/quotes/aquote-3001", "type": "quotes"}]}}"""),
            "/api/quotes/aquote-3001" => AvinodeHarness.Data(MarketplacePayloads.Quote),
            "/api/trips/atrip-1000000137/cancel" => AvinodeHarness.Data(MarketplacePayloads.Trip),
            _ => AvinodeHarness.Json("""{"meta": {}}"""),
        };
        var trip = (await harness.Marketplace.CreateTripAsync(new CreateTripRequest
        {
            Sourcing = true,
            Criteria = new TripCriteria(),
            Segments = [new TripSegment { StartAirport = MarketplaceAirport.FromIcao("KTEB"), EndAirport = MarketplaceAirport.FromIcao("KPBI"), DateTime = new SegmentDateTime { Date = new NodaTime.LocalDate(2025, 3, 1) }, PaxCount = 2 }],
        })).Data!;
        var deepLink = trip.Actions!.SearchInAvinode!.ToUri();

        var response = AvinodeNotificationParser.Parse("""{"id": "asellermsg-5", "href": "https://sandbox.avinode.com/api/tripmsgs/asellermsg-5", "type": "tripmsgs"}""");
        var message = (await harness.Marketplace.GetNotificationResourceAsync(response, WebhookEventType.TripRequestSellerResponse)).Data!.TripMessage!;
        var quote = (await harness.Marketplace.GetAsync<MarketplaceQuote>(message.Links!.Quotes![0])).Data!;
        await harness.Marketplace.SendChatAsync(message.Id, new ChatMessage { Message = "Thanks, is catering included?" });
        await harness.Marketplace.CancelTripAsync(trip.Id, new TripCancellation { Reason = TripCancellationReason.Booked, MessageToSeller = "Booked elsewhere." });

        Assert.Equal("https", deepLink.Scheme);
        Assert.Equal(45000.5m, quote.SellerPrice!.Price);
        Assert.Equal(
            ["/api/trips", "/api/tripmsgs/asellermsg-5", "/api/quotes/aquote-3001", "/api/tripmsgs/asellermsg-5/chat", "/api/trips/atrip-1000000137/cancel"],
            harness.Requests.Select(r => r.Uri.AbsolutePath).ToArray());
    }
}
