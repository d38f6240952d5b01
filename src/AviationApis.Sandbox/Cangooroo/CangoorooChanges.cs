using System.Globalization;
using System.Text.Json.Nodes;
using AviationApis.Sandbox.Emulation;

namespace AviationApis.Sandbox.Cangooroo;

/// <summary>Applies <see cref="CangoorooPolicyChanges"/> to a copy of a search solution (wire JSON, nothing shared with clients).</summary>
internal static class CangoorooChanges
{
    /// <summary>Fare 85 %, taxes 10 %, fees the rest, so the parts add up to the total.</summary>
    public static JsonObject Breakdown(decimal total, string currency)
    {
        var fare = Math.Round(total * 0.85m, 2);
        var taxes = Math.Round(total * 0.10m, 2);
        return Parts(fare, taxes, total - fare - taxes, currency);
    }

    public static void ApplyPrice(JsonObject solution, decimal currentPrice, CangoorooPolicyChanges changes)
    {
        var fare = Math.Round(currentPrice * 0.85m, 2);
        var taxes = Math.Round(currentPrice * 0.10m, 2);
        var fees = currentPrice - fare - taxes;
        var total = currentPrice;
        if (Has(changes, CangoorooPolicyChanges.Price))
        {
            total += 100m;
            fare += 100m;
        }

        if (Has(changes, CangoorooPolicyChanges.Fare))
        {
            fare += 50m;
            taxes -= 50m;
        }

        if (Has(changes, CangoorooPolicyChanges.Taxes))
        {
            taxes += 20m;
            fees -= 20m;
        }

        if (Has(changes, CangoorooPolicyChanges.Fees))
        {
            fees += 10m;
            fare -= 10m;
        }

        var currency = Has(changes, CangoorooPolicyChanges.Currency) ? "USD" : "BRL";
        solution["Price"] = CangoorooEmulator.Money(total, currency);
        solution["PriceBreakdown"] = Parts(fare, taxes, fees, currency);
        if (Has(changes, CangoorooPolicyChanges.RateInformation))
        {
            solution["RateInformation"] = "Tarifa Promo: não reembolsável, sem remarcação";
        }

        if (Has(changes, CangoorooPolicyChanges.OmitDetails))
        {
            solution.Remove("PriceBreakdown");
            solution.Remove("RateInformation");
        }
    }

    public static void ApplyFlight(JsonObject flight, CangoorooPolicyChanges changes)
    {
        if (Has(changes, CangoorooPolicyChanges.DepartureTime))
        {
            Shift(flight, "DepartureDate");
            Shift(Json.Array(flight, "Legs")?.FirstOrDefault(), "DepartureDate");
        }

        if (Has(changes, CangoorooPolicyChanges.ArrivalTime))
        {
            Shift(flight, "ArrivalDate");
            Shift(Json.Array(flight, "Legs")?.LastOrDefault(), "ArrivalDate");
        }

        if (Has(changes, CangoorooPolicyChanges.FlightNumbers))
        {
            var numbers = (Json.String(flight, "FlightNumber") ?? string.Empty).Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            flight["FlightNumber"] = string.Join("; ", numbers.Select(NextNumber));
            foreach (var leg in Json.Array(flight, "Legs") ?? [])
            {
                if (leg is not null)
                {
                    leg["FlightNumber"] = NextNumber(Json.String(leg, "FlightNumber") ?? string.Empty);
                }
            }
        }

        if (Has(changes, CangoorooPolicyChanges.Stops))
        {
            flight["QtdStops"] = (Json.Long(flight, "QtdStops") ?? 0) + 1;
        }

        if (Has(changes, CangoorooPolicyChanges.Cabin))
        {
            flight["Class"] = Json.String(flight, "Class") == "Executiva" ? "Economica" : "Executiva";
        }

        if (Has(changes, CangoorooPolicyChanges.Luggage))
        {
            flight["Luggages"] = Json.Array(flight, "Luggages") is { Count: > 0 }
                ? new JsonArray()
                : new JsonArray(new JsonObject { ["Quantity"] = 1, ["Weight"] = 23, ["Description"] = "1 bagagem despachada de 23kg" });
        }

        if (Has(changes, CangoorooPolicyChanges.OmitDetails))
        {
            flight.Remove("Luggages");
            flight.Remove("Class");
            flight.Remove("QtdStops");
        }
    }

    private static bool Has(CangoorooPolicyChanges changes, CangoorooPolicyChanges flag) => (changes & flag) != 0;

    private static JsonObject Parts(decimal fare, decimal taxes, decimal fees, string currency) => new()
    {
        ["Fare"] = CangoorooEmulator.Money(fare, currency),
        ["Taxes"] = CangoorooEmulator.Money(taxes, currency),
        ["Fees"] = CangoorooEmulator.Money(fees, currency),
    };

    private static void Shift(JsonNode? node, string member)
    {
        if (node is not null && DateTime.TryParseExact(Json.String(node, member), CangoorooEmulator.DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            node[member] = time.AddHours(1).ToString(CangoorooEmulator.DateFormat, CultureInfo.InvariantCulture);
        }
    }

    private static string NextNumber(string number) =>
        number.Length > 0 && char.IsAsciiDigit(number[^1]) ? number[..^1] + (char)('0' + ((number[^1] - '0' + 1) % 10)) : number + "1";
}
