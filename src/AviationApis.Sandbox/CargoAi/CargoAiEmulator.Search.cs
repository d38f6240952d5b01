using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AviationApis.Sandbox.Emulation;

namespace AviationApis.Sandbox.CargoAi;

// Search: 202 STARTED with partial flights, then the re-POST with the id answers 200 COMPLETED (Schedules: 200 at once).
public sealed partial class CargoAiEmulator
{
    private HttpResponseMessage SearchFlights(EmulatorRequest request)
    {
        if (!request.TryReadObject(out var body))
        {
            return FieldErrors(("body", "must be a JSON object"));
        }

        var id = Json.String(body, "id");
        if (!string.IsNullOrEmpty(id))
        {
            if (!searches.TryGetValue(id, out var previous))
            {
                return FieldErrors(("id", "search not found"));
            }

            previous.Completed = true;
            return Json.Response(HttpStatusCode.OK, SearchResponse(previous));
        }

        var errors = new List<(string Field, string Error)>();
        var origin = Json.String(body, "origin");
        var destination = Json.String(body, "destination");
        if (string.IsNullOrEmpty(origin) || !AirportPattern().IsMatch(origin))
        {
            errors.Add(("origin", "airport not found"));
        }

        if (string.IsNullOrEmpty(destination) || !AirportPattern().IsMatch(destination))
        {
            errors.Add(("destination", "airport not found"));
        }

        var today = DateOnly.FromDateTime(TimeProvider.GetUtcNow().UtcDateTime);
        if (!DateOnly.TryParseExact(Json.String(body, "departureDate"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            errors.Add(("departureDate", "departureDate is required (YYYY-MM-DD)"));
        }
        else if (date < today || date > today.AddDays(365))
        {
            errors.Add(("departureDate", "date out of range"));
        }

        var schedulesOnly = string.Equals(request.Header("x-api-name"), "Schedules", StringComparison.OrdinalIgnoreCase);
        var shipment = new CargoAiFlights.Shipment(1, 100, 1, 166.67);
        string? userEmail = null;
        if (!schedulesOnly)
        {
            var shipmentNode = Json.Object(body, "shipment");
            var pieces = Json.Long(shipmentNode, "pieces");
            var weight = Json.Double(shipmentNode, "weight");
            var volume = Json.Double(shipmentNode, "volume");
            if (shipmentNode is null || pieces is null or < 1 || weight is null or <= 0 || volume is null or < 0)
            {
                errors.Add(("shipment", "pieces, weight and volume are required"));
            }
            else
            {
                var chargeable = Json.Double(shipmentNode, "chargeableWeight") ?? Math.Round(Math.Max(weight.Value, volume.Value * 166.67), 2);
                shipment = new CargoAiFlights.Shipment((int)pieces.Value, weight.Value, volume.Value, chargeable);
            }

            var user = Json.Object(body, "user");
            userEmail = Json.String(user, "email");
            var hasIataCass = !string.IsNullOrEmpty(Json.String(user, "iata")) && !string.IsNullOrEmpty(Json.String(user, "cass")) && !string.IsNullOrEmpty(Json.String(user, "country"));
            if (user is null || (string.IsNullOrEmpty(userEmail) && !hasIataCass))
            {
                errors.Add(("user", "email or iata, cass and country are required"));
            }
        }

        if (errors.Count > 0)
        {
            return FieldErrors([.. errors]);
        }

        var auth = userEmail is not null && users.TryGetValue(userEmail, out var provisioned) ? provisioned.Token : null;
        var search = new Search(Guid.NewGuid().ToString(), auth, (JsonObject)body!.DeepClone(), shipment);
        var withRateOnly = Json.Bool(Json.Object(body, "filters"), "withRateOnly") == true;
        search.Flights.AddRange(CargoAiFlights.Build(origin!.ToUpperInvariant(), destination!.ToUpperInvariant(), date, shipment, !schedulesOnly, auth)
            .Where(f => !withRateOnly || Json.Array(f, "rates")!.Count > 0));
        foreach (var flight in search.Flights)
        {
            flights[(string)flight["flightUUID"]!] = (flight, search);
        }

        searches[search.Id] = search;
        search.Completed = schedulesOnly;
        return Json.Response(schedulesOnly ? HttpStatusCode.OK : HttpStatusCode.Accepted, SearchResponse(search));
    }

    private static JsonObject SearchResponse(Search search)
    {
        var flightArray = new JsonArray();
        foreach (var flight in search.Completed ? search.Flights : search.Flights.Take(1))
        {
            flightArray.Add(flight.DeepClone());
        }

        var response = new JsonObject
        {
            ["id"] = search.Id,
            ["status"] = search.Completed ? "COMPLETED" : "STARTED",
        };
        if (search.Auth is not null)
        {
            response["resultsURL"] = $"{CargoAiFlights.PortalBase}search-result?uuid={search.Id}&auth={Uri.EscapeDataString(search.Auth)}";
        }

        response["flights"] = flightArray;
        response["metadata"] = new JsonObject { ["searchErrors"] = new JsonArray() };
        return response;
    }

    private static HttpResponseMessage FieldErrors(params (string Field, string Error)[] errors)
    {
        var array = new JsonArray();
        foreach (var (field, error) in errors)
        {
            array.AddNode(new JsonObject { ["field"] = field, ["error"] = error });
        }

        return Json.Response(HttpStatusCode.BadRequest, array);
    }

    [GeneratedRegex("^[A-Za-z]{3}$")]
    private static partial Regex AirportPattern();

    private sealed class Search(string id, string? auth, JsonObject request, CargoAiFlights.Shipment shipment)
    {
        public string Id { get; } = id;

        public string? Auth { get; } = auth;

        public JsonObject Request { get; } = request;

        public CargoAiFlights.Shipment Shipment { get; } = shipment;

        public List<JsonObject> Flights { get; } = [];

        public bool Completed { get; set; }
    }
}
