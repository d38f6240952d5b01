using System.Text.Json.Nodes;
using AviationApis.Sandbox.Emulation;

namespace AviationApis.Sandbox.Avinode;

// SchedAero trips and flight legs (the seeded trip SA-1001 and its leg), and the Marketplace RFQ link of an Avinode-origin trip.
public sealed partial class AvinodeEmulator
{
    private HttpResponseMessage GetTrip(EmulatorRequest request)
    {
        if (request.Match["id"] != SeedTripId)
        {
            return NotFound();
        }

        var fields = request.QueryValues("fields[trip]");
        var data = new JsonObject();
        if (fields.Contains("origin", StringComparer.OrdinalIgnoreCase))
        {
            data["origin"] = "Avinode";
        }

        var avinodeId = fields.Contains("avinodeid", StringComparer.OrdinalIgnoreCase);
        if (avinodeId)
        {
            data["avinodeRfqId"] = "arfq-123456789";
        }

        foreach (var (name, value) in Ref(request, "trips", SeedTripId, "schedaero-trip").ToList())
        {
            data[name] = value?.DeepClone();
        }

        data["tripNumber"] = "SA-1001";
        var links = new JsonObject
        {
            ["requester"] = Ref(request, "contacts/people", SeedContactId, "contact-person"),
            ["salesperson"] = Ref(request, "staff", "staff-123456789", "staff"),
            ["itinerary"] = new JsonArray(Ref(request, "flightlegs", SeedFlightLegId, "schedaero-flightleg")),
            ["quotes"] = new JsonArray(Ref(request, "quotes", SeedQuoteId, "schedaero-quote")),
            ["reports"] = new JsonObject { ["href"] = Href(request, $"trips/{SeedTripId}/reports") },
        };
        if (avinodeId)
        {
            links["avinode-rfq"] = new JsonObject { ["href"] = new Uri(MarketplaceBase(request.BaseUri), "rfqs/arfq-123456789").AbsoluteUri };
        }

        data["links"] = links;
        return Data(data);
    }

    /// <summary>
    /// The Avinode Marketplace base matching a SchedAero base: <c>sandbox-schedaero.avinode.com</c> →
    /// <c>sandbox.avinode.com</c>, <c>schedaero.avinode.com</c> → <c>services.avinode.com</c>, a <c>/schedaero/</c>
    /// path segment → <c>/avinode/</c> (the hosted sandbox); otherwise the same base.
    /// </summary>
    private static Uri MarketplaceBase(Uri baseUri)
    {
        var builder = new UriBuilder(baseUri);
        if (builder.Host.StartsWith("sandbox-schedaero.", StringComparison.OrdinalIgnoreCase))
        {
            builder.Host = "sandbox." + builder.Host["sandbox-schedaero.".Length..];
        }
        else if (builder.Host.StartsWith("schedaero.", StringComparison.OrdinalIgnoreCase))
        {
            builder.Host = "services." + builder.Host["schedaero.".Length..];
        }
        else
        {
            builder.Path = builder.Path.Replace("/schedaero/", "/avinode/", StringComparison.OrdinalIgnoreCase);
        }

        return builder.Uri;
    }

    private HttpResponseMessage GetFlightLeg(EmulatorRequest request)
    {
        if (request.Match["id"] != SeedFlightLegId)
        {
            return NotFound();
        }

        var data = Ref(request, "flightlegs", SeedFlightLegId, "schedaero-flightleg");
        data["departureAirport"] = new JsonObject { ["icao"] = "KTEB", ["iata"] = "TEB", ["name"] = "Teterboro" };
        data["arrivalAirport"] = new JsonObject { ["icao"] = "KPBI", ["iata"] = "PBI", ["name"] = "Palm Beach International" };
        data["departureTimeUtc"] = Timestamp(legDeparture);
        data["arrivalTimeUtc"] = Timestamp(legDeparture.AddMinutes(155));
        data["links"] = new JsonObject
        {
            ["trip"] = Ref(request, "trips", SeedTripId, "schedaero-trip"),
            ["lift"] = Ref(request, "lift", "schedaero-lift-123456789", "lift"),
            ["crew"] = new JsonArray(),
            ["reports"] = new JsonObject { ["href"] = Href(request, $"flightlegs/{SeedFlightLegId}/reports") },
        };
        return Data(data);
    }
}
