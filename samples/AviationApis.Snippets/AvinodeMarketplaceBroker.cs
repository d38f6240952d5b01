using AviationApis.Avinode.Marketplace;
using AviationApis.Avinode.Notifications;
using AviationApis.Avinode.Webhooks;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;   // LocalDate, LocalTime
using AviationApis.Avinode.DependencyInjection;
using AviationApis.Avinode.Marketplace.EmptyLegs;
using AviationApis.Avinode.Marketplace.Notifications;
using AviationApis.Avinode.Marketplace.Quotes;
using AviationApis.Avinode.Marketplace.Rfqs;
using AviationApis.Avinode.Marketplace.TripMessages;
using AviationApis.Avinode.Marketplace.Trips;

namespace Snippets;

/// <summary>README.md, Avinode: The Marketplace: a broker.</summary>
public static class AvinodeMarketplaceBroker
{
    public static async Task RunAsync(IServiceProvider services, byte[] rawBody, AviationApis.Avinode.Resources.ResourceId rfqId, CancellationToken ct)
    {
        #region Snippet:AvinodeMarketplaceBroker
        var market = services.GetRequiredService<IAvinodeMarketplaceClientFactory>().Get("AcmeJets");

        var trip = (await market.CreateTripAsync(new CreateTripRequest
        {
            ExternalTripId = "CRM-42",
            Sourcing = true,
            Criteria = new TripCriteria { RequiredLift = [new RequiredLift { AircraftCategory = "Heavy jet" }] },
            Segments =
            [
                new TripSegment
                {
                    StartAirport = MarketplaceAirport.FromIcao("KTEB"),
                    EndAirport = MarketplaceAirport.FromIata("LHR"),
                    DateTime = new SegmentDateTime { Date = LocalDate.FromDateTime(DateTime.Today.AddDays(14)), Time = new LocalTime(10, 0) }, // departure, local
                    PaxCount = 4,
                },
            ],
        }, actAsAccount: "johnsmith64", ct)).EnsureNoErrors();   // not retried: it creates

        OpenBrowser(trip.Actions!.SearchInAvinode!.ToUri());          // the user searches and sends RFQs in Avinode
        Console.WriteLine($"Trip {trip.TripId}");                      // the short trip id may be shown; trip.Id may not

        // Webhook (subscribe TripRequestSellerResponse / TripChatFromSeller): answers arrive as trip messages.
        var notification = AvinodeNotificationParser.Parse(rawBody);
        var resource = (await market.GetNotificationResourceAsync(notification, WebhookEventType.TripRequestSellerResponse, ct)).Data;
        if (resource.Kind == MarketplaceResourceKind.TripMessage && resource.TripMessage!.Links?.Quotes is { Count: > 0 } quotes)
        {
            var quote = (await market.GetAsync<MarketplaceQuote>(quotes[0], cancellationToken: ct)).Data;
            Console.WriteLine($"{quote.SellerPrice?.Price} {quote.SellerPrice?.Currency}");
            await market.SendChatAsync(resource.TripMessage.Id, new ChatMessage { Message = "Is catering included?" }, "johnsmith64", ct);
        }

        // The RFQ with its lifts and latest quotes:
        var rfq = (await market.GetRfqAsync(rfqId, [RfqInclude.LatestQuote, RfqInclude.QuoteBreakdown], cancellationToken: ct)).Data;

        // Operations whose paths the vendor does not publish (the RFQs of a trip, updating an empty leg, watches) are
        // reached through the hrefs the API returns: follow them with GetAsync (same origin and base path only).
        foreach (var rfqLink in trip.Links?.Rfqs ?? [])
        {
            var tripRfq = (await market.GetAsync<Rfq>(rfqLink, cancellationToken: ct)).Data;
            Console.WriteLine($"{tripRfq.SellerLifts?.Count ?? 0} lift(s) asked");
        }

        // Sellers offer empty legs (the body members are assumed; see CreateEmptyLegRequest):
        var leg = (await market.CreateEmptyLegAsync(new CreateEmptyLegRequest
        {
            StartAirport = MarketplaceAirport.FromIcao("KTEB"),
            EndAirport = MarketplaceAirport.FromIcao("KPBI"),
            DateTime = new SegmentDateTime { Date = LocalDate.FromDateTime(DateTime.Today.AddDays(10)) },
            AircraftTail = "N650GX",
        }, cancellationToken: ct)).EnsureNoErrors();

        // Done: cancel the trip and all its RFQs.
        await market.CancelTripAsync(trip.Id, new TripCancellation { Reason = TripCancellationReason.Booked, MessageToSeller = "Booked, thank you." }, "johnsmith64", ct);
        #endregion
        GC.KeepAlive(rfq);
        GC.KeepAlive(leg);
    }

    private static void OpenBrowser(Uri uri) => Ui.OpenBrowser(uri);
}
