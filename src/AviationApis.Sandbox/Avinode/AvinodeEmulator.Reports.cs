using System.Text.Json.Nodes;
using AviationApis.Sandbox.Emulation;
using AviationApis.Sandbox.Pdf;

namespace AviationApis.Sandbox.Avinode;

// SchedAero reports of a trip or flight leg, and their tripsheet PDFs (streams/tripsheets/{id}).
public sealed partial class AvinodeEmulator
{
    private static readonly (string Id, string Name, string Type)[] Reports =
    [
        ("report-10002", "Passenger by leg trip sheet", "PassengerTripSheet"),
        ("report-10011", "Pilot by leg trip sheet", "PilotTripSheet"),
    ];

    private static JsonArray ReportList(EmulatorRequest request, string ownerName, string ownerId, string collection, string ownerType)
    {
        var list = new JsonArray();
        foreach (var (id, name, type) in Reports)
        {
            var reportId = $"{ownerId}-{id}";
            list.AddNode(new JsonObject
            {
                ["report"] = new JsonObject
                {
                    ["name"] = name,
                    ["reportType"] = type,
                    ["id"] = id,
                    ["href"] = Href(request, "reports/" + id),
                    ["type"] = "report",
                },
                [ownerName] = Ref(request, collection, ownerId, ownerType),
                ["id"] = reportId,
                ["type"] = ownerName == "trip" ? "report-trip" : "report-flightleg",
                ["links"] = new JsonObject { ["generate-pdf"] = new JsonObject { ["href"] = Href(request, "streams/tripsheets/" + reportId) } },
            });
        }

        return list;
    }

    private HttpResponseMessage GetTripsheetPdf(EmulatorRequest request)
    {
        var id = request.Match["id"];
        foreach (var owner in (string[])[SeedTripId, SeedFlightLegId])
        {
            foreach (var (reportId, name, _) in Reports)
            {
                if (id == $"{owner}-{reportId}")
                {
                    return Pdf($"{name} SA-1001.pdf", MinimalPdf.Create(name, [
                        "Trip SA-1001" + (owner == SeedFlightLegId ? ", leg KTEB-KPBI only" : ", all legs"),
                        "KTEB Teterboro " + Timestamp(legDeparture) + " to KPBI Palm Beach International",
                        "AviationApis sandbox document."]));
                }
            }
        }

        return NotFound();
    }
}
