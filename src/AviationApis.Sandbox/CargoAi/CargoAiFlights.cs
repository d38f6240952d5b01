using System.Globalization;
using System.Text.Json.Nodes;
using AviationApis.Sandbox.Emulation;

namespace AviationApis.Sandbox.CargoAi;

/// <summary>
/// Builds the sandbox's CargoAi flights for a search. CDG→SIN always includes the FlyWINDOW example flight of the
/// seed (airline <c>00</c>, flight <c>00768</c>, flightUUID <c>d88ea3cc-864e-11ef-9f4f-465af58dc8d0</c>, Spot rate
/// <c>d88ea3ab-864e-11ef-9f4f-465af58dc8d0</c>), moved to the requested date. Every search returns, in order: a coloader
/// connection (available, not API-bookable: FlyWINDOW only; its rate has a non-zero <c>coloaderOfficeId</c>), an
/// unavailable flight, the API-bookable direct flight (AWB optional) and a second API-bookable flight the next day (AWB
/// required, prefix <c>000</c>) whose second rate is a manual rate (<c>isManualRate</c>, not bookable via API). Airline
/// rates carry <c>coloaderOfficeId: 0</c>, as in the seed's example.
/// </summary>
internal static class CargoAiFlights
{
    public const string SeedFlightUuid = "d88ea3cc-864e-11ef-9f4f-465af58dc8d0";
    public const string SeedRateId = "d88ea3ab-864e-11ef-9f4f-465af58dc8d0";
    public const string PortalBase = "https://app.dev.cargoai.co/forwarder/search/";

    private static readonly Dictionary<string, TimeSpan> Offsets = new(StringComparer.OrdinalIgnoreCase)
    {
        ["CDG"] = TimeSpan.FromHours(2), ["SIN"] = TimeSpan.FromHours(8), ["DXB"] = TimeSpan.FromHours(4),
        ["FRA"] = TimeSpan.FromHours(2), ["AMS"] = TimeSpan.FromHours(2), ["LHR"] = TimeSpan.FromHours(1),
        ["JFK"] = TimeSpan.FromHours(-4), ["HKG"] = TimeSpan.FromHours(8), ["GRU"] = TimeSpan.FromHours(-3),
    };

    public sealed record Shipment(int Pieces, double Weight, double Volume, double ChargeableWeight);

    /// <summary>The complete result, in the order the sandbox returns it (the partial result is the first flight only).</summary>
    public static List<JsonObject> Build(string origin, string destination, DateOnly date, Shipment shipment, bool withRates, string? auth)
    {
        var seedRoute = string.Equals(origin, "CDG", StringComparison.OrdinalIgnoreCase) && string.Equals(destination, "SIN", StringComparison.OrdinalIgnoreCase);
        var via = string.Equals(origin, "DXB", StringComparison.OrdinalIgnoreCase) || string.Equals(destination, "DXB", StringComparison.OrdinalIgnoreCase) ? "DOH" : "DXB";
        var flights = new List<JsonObject>
        {
            Flight(NewId(), "01", [("01120", origin, via, 7.0), ("01121", via, destination, 8.0)], date, new TimeOnly(9, 30), shipment, auth,
                available: true, bookable: false, awbOptional: false, rates: withRates ? [Coloader(Rate(NewId(), "market", "market", "EUR", 4.10, 4.25, shipment, auth))] : [], reason: null),
            Flight(NewId(), "02", [("02455", origin, destination, 13.0)], date, new TimeOnly(11, 15), shipment, auth,
                available: false, bookable: false, awbOptional: false, rates: [], reason: "Dimensions are not loadable"),
            Flight(seedRoute ? SeedFlightUuid : NewId(), "00", [("00768", origin, destination, 14.0)], date, new TimeOnly(16, 0, 1), shipment, auth,
                available: true, bookable: true, awbOptional: true, rates: withRates ? [Rate(seedRoute ? SeedRateId : NewId(), "Spot", "live", "EUR", 6.08, 6.23, shipment, auth)] : [], reason: null),
            Flight(NewId(), "00", [("00770", origin, destination, 14.0)], date.AddDays(1), new TimeOnly(16, 0, 1), shipment, auth,
                available: true, bookable: true, awbOptional: false,
                rates: withRates ? [Rate(NewId(), "contract", "contract", "EUR", 5.40, 5.55, shipment, auth), Manual(Rate(NewId(), "manual", "contract", "EUR", 5.10, 5.25, shipment, auth))] : [], reason: null),
        };
        return flights;
    }

    private static string NewId() => Guid.NewGuid().ToString();

    /// <summary>Marks a rate as offered by the coloader fallback (a non-zero coloader office).</summary>
    private static JsonObject Coloader(JsonObject rate)
    {
        rate["coloaderOfficeId"] = 4021;
        return rate;
    }

    /// <summary>Marks a rate as manually uploaded (not bookable via API).</summary>
    private static JsonObject Manual(JsonObject rate)
    {
        rate["isManualRate"] = true;
        return rate;
    }

    private static TimeSpan OffsetOf(string airport) => Offsets.TryGetValue(airport, out var offset) ? offset : TimeSpan.Zero;

    private static string Format(DateTimeOffset value) => value.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    private static JsonObject Flight(
        string uuid, string airline, (string Number, string From, string To, double Hours)[] legs, DateOnly date, TimeOnly time, Shipment shipment, string? auth,
        bool available, bool bookable, bool awbOptional, JsonObject[] rates, string? reason)
    {
        var legNodes = new JsonArray();
        var departure = new DateTimeOffset(date.ToDateTime(time), OffsetOf(legs[0].From));
        var cursor = departure;
        var arrival = departure;
        foreach (var leg in legs)
        {
            var legArrival = (cursor + TimeSpan.FromHours(leg.Hours)).ToOffset(OffsetOf(leg.To));
            legNodes.AddNode(new JsonObject
            {
                ["flightNumber"] = leg.Number,
                ["arrivalTime"] = Format(legArrival),
                ["arrivalAirport"] = leg.To,
                ["departureTime"] = Format(cursor),
                ["departureAirport"] = leg.From,
                ["bodyType"] = airline == "01" ? "Freighter" : "Widebody",
                ["aircraftCode"] = airline == "01" ? "77F" : "777",
                ["parentFlightUID"] = uuid,
                ["parentFlightUUID"] = uuid,
                ["co2"] = new JsonObject { ["value"] = Math.Round(leg.Hours * 38.39, 4), ["estimation"] = false },
            });
            arrival = legArrival;
            cursor = (legArrival + TimeSpan.FromHours(3)).ToOffset(OffsetOf(leg.To));
        }

        var features = new JsonObject();
        if (available)
        {
            features["bookable"] = bookable;
            features["awbOptional"] = awbOptional;
        }

        var rateArray = new JsonArray();
        foreach (var rate in rates)
        {
            rate["bookingURL"] = auth is null ? null : $"{PortalBase}shipment-details/new?flightUUID={uuid}&rateID={rate["id"]}&auth={Uri.EscapeDataString(auth)}";
            rateArray.AddNode(rate);
        }

        var flight = new JsonObject
        {
            ["flightUUID"] = uuid,
            ["flightUID"] = uuid,
            ["airlineCode"] = airline,
            ["flightNumber"] = string.Join("-", legs.Select(l => l.Number)),
            ["arrivalTime"] = Format(arrival),
            ["arrivalAirport"] = legs[^1].To,
            ["departureTime"] = Format(departure),
            ["departureAirport"] = legs[0].From,
            ["latestAcceptanceTime"] = Format(departure - TimeSpan.FromHours(5)),
            ["timeOfAvailability"] = Format(arrival + TimeSpan.FromHours(5)),
            ["stops"] = legs.Length - 1,
            ["legs"] = legNodes,
            ["features"] = features,
            ["rates"] = rateArray,
            ["available"] = available,
            ["source"] = "AI-MOCK",
            ["awbPrefixes"] = new JsonArray(airline == "01" ? "001" : "000"),
            ["airlineConditions"] = "1- Offer subject to capacity when booking.\n2- Quotation reference to be mentioned when booking.",
            ["salesConditions"] = "",
            ["contacts"] = new JsonArray("tests@cargoai.co"),
            ["handlingInfoLink"] = "https://www.cargoai.co/terms",
            ["ghaName"] = "Mocked GHA",
            ["hle"] = (departure - TimeSpan.FromHours(5)).ToString("HH:mm", CultureInfo.InvariantCulture),
            ["ghaAddress"] = "Airport road, Cargo Terminal, Mocked Cargo building",
        };
        if (reason is not null)
        {
            flight["availableReason"] = reason;
        }

        _ = shipment;
        return flight;
    }

    private static JsonObject Rate(string id, string name, string type, string currency, double net, double allIn, Shipment shipment, string? auth)
    {
        _ = auth;
        var total = Math.Round((net * shipment.ChargeableWeight) + (0.07 * shipment.ChargeableWeight) + (0.08 * shipment.Weight), 2);
        return new JsonObject
        {
            ["id"] = id,
            ["name"] = name,
            ["type"] = type,
            ["currency"] = currency,
            ["netRate"] = net,
            ["allInRate"] = allIn,
            ["total"] = total,
            ["minimumRate"] = false,
            ["lastUpdatedDate"] = "",
            ["charges"] = new JsonArray(
                new JsonObject { ["label"] = "Fuel surcharge", ["rate"] = 0.07, ["type"] = "CHARGEABLE_WEIGHT", ["code"] = "fsc", ["minAmount"] = 0, ["maxAmount"] = 0 },
                new JsonObject { ["label"] = "Security surcharge", ["rate"] = 0.08, ["type"] = "GROSS_WEIGHT", ["code"] = "ssc", ["minAmount"] = 0, ["maxAmount"] = 0 }),
            ["ocdc"] = null,
            ["isSpotQuoteRate"] = name == "Spot",
            ["handlingCodes"] = new JsonArray("GCR"),
            ["coloaderOfficeId"] = 0,
        };
    }
}
