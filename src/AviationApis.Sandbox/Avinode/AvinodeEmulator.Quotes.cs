using System.Text.Json.Nodes;
using AviationApis.Sandbox.Emulation;
using AviationApis.Sandbox.Pdf;

namespace AviationApis.Sandbox.Avinode;

// SchedAero quotes: the seeded quote and its PDF (streams/quotes/{id}).
public sealed partial class AvinodeEmulator
{
    private HttpResponseMessage GetQuote(EmulatorRequest request)
    {
        if (request.Match["id"] != SeedQuoteId)
        {
            return NotFound();
        }

        var data = Ref(request, "quotes", SeedQuoteId, "schedaero-quote");
        data["links"] = new JsonObject
        {
            ["trip"] = Ref(request, "trips", SeedTripId, "schedaero-trip"),
            ["generate-pdf"] = new JsonObject { ["href"] = Href(request, "streams/quotes/" + SeedQuoteId) },
        };
        return Data(data);
    }

    private HttpResponseMessage GetQuotePdf(EmulatorRequest request) =>
        request.Match["id"] != SeedQuoteId
            ? NotFound()
            : Pdf(SeedQuoteFileName, MinimalPdf.Create("Quote N100AB (Gulfstream V)", [
                "Trip SA-1001: KTEB Teterboro to KPBI Palm Beach International",
                "Departure " + Timestamp(legDeparture) + ", 2 h 35 min, 4 passengers",
                "Total USD 28,650.00",
                "AviationApis sandbox document: not a real quote."]));
}
