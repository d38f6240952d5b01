using AviationApis.Avinode.Marketplace.Rfqs;
using AviationApis.Avinode.Marketplace.TripMessages;
using AviationApis.Avinode.SchedAero.Quotes;
using AviationApis.Avinode.SchedAero.Trips;

namespace AviationApis.Avinode.Marketplace.Notifications;

/// <summary>The kind of resource a Marketplace webhook notification points to.</summary>
public enum MarketplaceResourceKind
{
    /// <summary>A resource this SDK version does not type (e.g. client leads, empty legs): see <see cref="MarketplaceNotificationResource.Other"/>.</summary>
    Other = 0,

    /// <summary>An RFQ (<c>TripRequest</c>, <c>TripRequestMine</c>).</summary>
    Rfq = 1,

    /// <summary>A trip message (<c>TripRequestSellerResponse</c>, <c>TripRequestSellerResponseMine</c>, <c>TripChatFromBuyer</c>, <c>TripChatFromSeller</c>, <c>TripChatMine</c>).</summary>
    TripMessage = 2,

    /// <summary>A trip.</summary>
    Trip = 3,

    /// <summary>A quote.</summary>
    Quote = 4,
}
