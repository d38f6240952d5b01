using AviationApis.Avinode.DependencyInjection;
using AviationApis.Avinode.Marketplace;
using AviationApis.Avinode.Marketplace.Rfqs;
using AviationApis.Avinode.Marketplace.TripMessages;
using AviationApis.Avinode.Marketplace.Trips;
using AviationApis.Avinode.Webhooks;
using NodaTime;

namespace Snippets;

/// <summary>src/AviationApis.Avinode/README.md: Marketplace (broker and seller).</summary>
public static class AvinodePackageMarketplace
{
    public static async Task RunAsync(
        IAvinodeMarketplaceClientFactory marketplaceFactory, AviationApis.Avinode.Notifications.AvinodeNotification notification, CancellationToken ct)
    {
        #region Snippet:AvinodePackageMarketplace
        var market = marketplaceFactory.Get("AcmeJets");
        var trip = (await market.CreateTripAsync(new CreateTripRequest
        {
            Sourcing = true,
            Criteria = new TripCriteria(),
            Segments = [new TripSegment { StartAirport = MarketplaceAirport.FromIcao("KTEB"), EndAirport = MarketplaceAirport.FromIcao("KPBI"),
                                          DateTime = new SegmentDateTime { Date = LocalDate.FromDateTime(DateTime.Today.AddDays(14)), Time = new LocalTime(9, 30) }, PaxCount = 2 }],
        }, actAsAccount: "johnsmith64", ct)).EnsureNoErrors();
        OpenBrowser(trip.Actions!.SearchInAvinode!.ToUri());

        var resource = (await market.GetNotificationResourceAsync(notification, WebhookEventType.TripRequest, ct)).Data;   // Kind: Rfq / TripMessage / …
        var rfq = (await market.GetRfqAsync(resource.Rfq!.Id, [RfqInclude.LatestQuote], cancellationToken: ct)).Data;
        await market.DeclineAsync(rfq.SellerLifts![0].Id, new TripDecline { Reason = DeclineReason.CrewNotAvailable }, "janedoe12", ct);
        #endregion
    }

    private static void OpenBrowser(Uri uri) => Ui.OpenBrowser(uri);
}
