using AviationApis.Avinode.Marketplace.Rfqs;
using AviationApis.Avinode.Marketplace.TripMessages;
using AviationApis.Avinode.SchedAero.Quotes;
using AviationApis.Avinode.SchedAero.Trips;

namespace AviationApis.Avinode.Tests.Infrastructure;

/// <summary>Marketplace response bodies reconstructed from the spec's documented shapes (values illustrative).</summary>
internal static class MarketplacePayloads
{
    public const string Base = "https://sandbox.avinode.com/api/";

    public const string Trip = """
        {
          "id": "atrip-1000000137",
          "href": "https://sandbox.avinode.com/api/trips/atrip-1000000137",
          "type": "trips",
          "tripId": "A1B2C3",
          "externalTripId": "CRM-42",
          "futureMember": {"kept": true},
          "actions": {
            "searchInAvinode": {"type": "deeplink", "description": "Search in Avinode", "httpMethod": "GET", "href": "https://sandbox.avinode.com/marketplace/mvc/search/load/atrip-1000000137?source=api&origin=api_action"},
            "viewInAvinode": {"type": "deeplink", "description": "View in Avinode", "httpMethod": "GET", "href": "https://sandbox.avinode.com/marketplace/mvc/trips/buying/atrip-1000000137"},
            "cancel": {"type": "api", "description": "Cancel the trip", "httpMethod": "PUT", "href": "https://sandbox.avinode.com/api/trips/atrip-1000000137/cancel"},
            "somethingNew": {"type": "api", "href": "https://sandbox.avinode.com/api/trips/atrip-1000000137/new"}
          },
          "links": {"rfqs": [{"id": "arfq-1001", "href": "https://sandbox.avinode.com/api/rfqs/arfq-1001", "type": "rfqs"}]}
        }
        """;

    public const string Rfq = """
        {
          "id": "arfq-1001",
          "href": "https://sandbox.avinode.com/api/rfqs/arfq-1001",
          "type": "rfqs",
          "tripId": "A1B2C3",
          "buyerCompany": {"id": "acomp-1", "href": "https://sandbox.avinode.com/api/companies/acomp-1", "type": "companies", "displayName": "Acme Charter"},
          "buyerAccount": "johnsmith64",
          "sellerCompany": {"id": "acomp-2", "displayName": "Jet Ops"},
          "canceled": "false",
          "segments": [
            {"startAirport": {"icao": "KMIA", "iata": "MIA", "id": "arp-1"}, "endAirport": {"icao": "EGLL"},
             "dateTime": {"date": "2025-03-01", "time": "10:00", "departure": true, "local": true},
             "paxCount": "4", "paxSegment": true, "departureDateTime": {"dateTimeUTC": "2025-03-01T15:00:00Z"}}
          ],
          "sellerLift": [
            {"id": "asellerlift-2001", "aircraftType": "Gulfstream G650", "aircraftTail": {"id": "atail-1", "name": "N650GX"},
             "sourcingStatus": "ACCEPTED", "sourcingDisplayStatus": "Accepted",
             "links": {"quotes": [{"id": "aquote-3001", "href": "https://sandbox.avinode.com/api/quotes/aquote-3001", "type": "quotes"}]},
             "actions": {
               "submitQuote": {"type": "api", "description": "Submit a quote", "httpMethod": "POST", "href": "https://sandbox.avinode.com/api/tripmsgs/asellerlift-2001/submitQuote"},
               "decline": {"type": "api", "description": "Decline", "httpMethod": "POST", "href": "https://sandbox.avinode.com/api/tripmsgs/asellerlift-2001/decline"}
             },
             "latestQuote": {"id": "aquote-3001", "sellerPrice": {"price": 45000.5, "currency": "USD"}}},
            {"id": "asellerlift-2002", "aircraftCategory": "Heavy jet", "sourcingDisplayStatus": "Declined"}
          ],
          "links": {"tripmsgs": [{"id": "abuyermsg-2002", "href": "https://sandbox.avinode.com/api/tripmsgs/abuyermsg-2002", "type": "tripmsgs"}]},
          "actions": {"searchInAvinode": {"type": "deeplink", "description": "Search", "httpMethod": "GET", "href": "https://sandbox.avinode.com/marketplace/mvc/search/load/atrip-1000000137"}},
          "analytics": {"views": 3}
        }
        """;

    public const string TripMessage = """
        {
          "id": "abuyermsg-1000000023",
          "href": "https://sandbox.avinode.com/api/tripmsgs/abuyermsg-1000000023",
          "type": "tripmsgs",
          "message": "Can you do it with a G650?",
          "sender": {"displayName": "Acme Charter"},
          "links": {
            "rfqs": {"id": "arfq-1001", "href": "https://sandbox.avinode.com/api/rfqs/arfq-1001", "type": "rfqs"},
            "quotes": [{"id": "aquote-3001", "href": "https://sandbox.avinode.com/api/quotes/aquote-3001", "type": "quotes"}]
          },
          "actions": {"chat": {"type": "api", "httpMethod": "POST", "href": "https://sandbox.avinode.com/api/tripmsgs/abuyermsg-1000000023/chat"}},
          "sentTimestamp": "2025-02-01T09:30:15.000Z"
        }
        """;

    public const string Quote = """
        {
          "id": "aquote-3001",
          "href": "https://sandbox.avinode.com/api/quotes/aquote-3001",
          "type": "quotes",
          "sellerPrice": {"price": 45000.5, "currency": "USD"},
          "sellerPriceWithoutCommission": {"price": 42000, "currency": "USD"},
          "sellerMessage": "Happy to fly you.",
          "lineItems": [{"type": "CREW", "displayName": "Crew", "price": 3000, "visibleToBuyer": true}, {"type": "DEICING", "price": 800}]
        }
        """;
}
