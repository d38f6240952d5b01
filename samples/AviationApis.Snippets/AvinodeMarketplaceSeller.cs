using AviationApis.Avinode.Marketplace;
using AviationApis.Avinode.Marketplace.Quotes;
using AviationApis.Avinode.Marketplace.TripMessages;
using AviationApis.Avinode.Webhooks;
using NodaTime;

namespace Snippets;

/// <summary>README.md, Avinode: The Marketplace: a seller.</summary>
public static class AvinodeMarketplaceSeller
{
    public static async Task RunAsync(IAvinodeMarketplaceClient market, AviationApis.Avinode.Notifications.AvinodeNotification notification, CancellationToken ct)
    {
        #region Snippet:AvinodeMarketplaceSeller
        // Webhook TripRequest → the RFQ.
        var rfq = (await market.GetNotificationResourceAsync(notification, WebhookEventType.TripRequest, ct)).Data.Rfq!;
        foreach (var lift in rfq.SellerLifts ?? [])
        {
            if (lift.AircraftTail?.Name is "N650GX")
            {
                await market.SubmitQuoteAsync(lift.Id, new QuoteSubmission
                {
                    Message = "Happy to fly you.",
                    Quote = new QuoteDetails
                    {
                        Lift = new QuoteLift { AircraftTail = "N650GX" },
                        CurrencyCode = "USD",
                        TotalPrice = 45_000m,
                        Segments = [new QuoteSegment { StartAirport = MarketplaceAirport.FromIcao("KTEB"), EndAirport = MarketplaceAirport.FromIcao("EGLL"),
                                                       DateTime = new SegmentDateTime { Date = LocalDate.FromDateTime(DateTime.Today.AddDays(14)), Time = new LocalTime(10, 0) },
                                                       PaxCount = 4, ShowToBuyer = true, FlightMinutes = 410 }],
                        LineItems = [new QuoteLineItem { Type = QuoteLineItemType.Crew, DisplayName = "Crew", Price = 3_000m, VisibleToBuyer = true }],
                        Attachments = [new QuoteAttachment { MimeType = "application/pdf", Name = "quote.pdf", Uri = "https://files.example.com/q/42.pdf" }],
                    },
                }, actAsAccount: "janedoe12", ct);                   // the buyer sees Jane, not just the company
            }
            else
            {
                await market.DeclineAsync(lift.Id, new TripDecline { Reason = DeclineReason.AircraftNotAvailable, Message = "Not available." }, "janedoe12", ct);
            }
        }
        #endregion
    }
}
