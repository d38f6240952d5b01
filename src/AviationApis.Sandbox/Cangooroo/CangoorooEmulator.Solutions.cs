using System.Globalization;
using System.Text.Json.Nodes;
using AviationApis.Sandbox.Emulation;

namespace AviationApis.Sandbox.Cangooroo;

// The seeded solutions a search answers (17, 18 and 19), priced per passenger and trip type.
public sealed partial class CangoorooEmulator
{
    private static List<Solution> BuildSolutions(string origin, string destination, DateOnly departure, DateOnly? back, decimal paxFactor)
    {
        var hubs = new[] { "CNF", "BSB", "SSA", "CWB" }.Where(h => h != origin && h != destination).ToArray();
        var roundFactor = back is null ? 0.55m : 1m;
        Solution Make(long id, string provider, string airline, string code, decimal unitPrice, bool luggage, decimal policyChange, JsonObject[] departs, JsonObject[] returns)
        {
            var price = Math.Round(unitPrice * paxFactor * roundFactor, 2);
            var node = new JsonObject
            {
                ["SolutionId"] = id,
                ["Provider"] = provider,
                ["Price"] = Money(price),
                ["PriceBreakdown"] = CangoorooChanges.Breakdown(price, "BRL"),
                ["RateInformation"] = luggage ? "Tarifa Flex: reembolsável com multa, 1 bagagem despachada" : "Tarifa Light: não reembolsável, sem bagagem despachada",
                ["Depart"] = new JsonArray(departs),
                ["Return"] = new JsonArray(back is null ? [] : returns),
            };
            if (back is not null)
            {
                // The seed: "round trip flight IDs are returned as stretchId".
                foreach (var flight in departs.Concat(returns))
                {
                    flight["stretchId"] = flight["Id"]!.DeepClone();
                    flight.Remove("Id");
                }
            }

            _ = airline;
            _ = code;
            return new Solution(id, node, luggage, Math.Round(price * policyChange, 2));
        }

        JsonObject Flight(long id, string airline, string code, string cabin, bool luggage, DateOnly date, string from, string to, TimeOnly start, params (string Number, int Minutes)[] legs)
        {
            var legArray = new JsonArray();
            var cursor = date.ToDateTime(start);
            var departure = cursor;
            var stations = new List<string> { from };
            stations.AddRange(hubs.Take(legs.Length - 1));
            stations.Add(to);
            for (var i = 0; i < legs.Length; i++)
            {
                var arrival = cursor.AddMinutes(legs[i].Minutes);
                legArray.AddNode(new JsonObject
                {
                    ["FlightNumber"] = legs[i].Number,
                    ["DepartureDate"] = cursor.ToString(DateFormat, CultureInfo.InvariantCulture),
                    ["ArrivalDate"] = arrival.ToString(DateFormat, CultureInfo.InvariantCulture),
                    ["IataOriginAirport"] = stations[i],
                    ["IataDestinyAirport"] = stations[i + 1],
                    ["AirlineCod"] = code,
                });
                cursor = arrival.AddMinutes(75);
            }

            var last = cursor.AddMinutes(-75);
            return new JsonObject
            {
                ["Id"] = id,
                ["Airline"] = airline,
                ["AirlineCod"] = code,
                ["Class"] = cabin,
                ["DepartureDate"] = departure.ToString(DateFormat, CultureInfo.InvariantCulture),
                ["ArrivalDate"] = last.ToString(DateFormat, CultureInfo.InvariantCulture),
                ["FlightNumber"] = string.Join("; ", legs.Select(l => l.Number)),
                ["IataOriginAirport"] = from,
                ["IataDestinyAirport"] = to,
                ["QtdStops"] = legs.Length - 1,
                ["Luggages"] = luggage ? new JsonArray(new JsonObject { ["Quantity"] = 1, ["Weight"] = 23, ["Description"] = "1 bagagem despachada de 23kg" }) : new JsonArray(),
                ["Legs"] = legArray,
            };
        }

        var ret = back ?? departure;
        return
        [
            Make(17, "Test Airlines", "Test Airlines", "TM", 1234.56m, true, 1.025m,
                [Flight(1, "Test Airlines", "TM", "Executiva", true, departure, origin, destination, new TimeOnly(1, 46), ("TO48591", 190), ("TO27093", 240), ("TO27239", 260)),
                 Flight(3, "Test Airlines", "TM", "Executiva", true, departure, origin, destination, new TimeOnly(7, 0), ("TO1010", 65))],
                [Flight(2, "Test Airlines", "TM", "Executiva", true, ret, destination, origin, new TimeOnly(10, 0), ("TO2020", 65)),
                 Flight(4, "Test Airlines", "TM", "Executiva", true, ret, destination, origin, new TimeOnly(18, 0), ("TO2030", 80), ("TO2031", 70))]),
            Make(18, "GOL", "GOL Linhas Aereas", "G3", 899.90m, false, 1m,
                [Flight(5, "GOL Linhas Aereas", "G3", "Economica", false, departure, origin, destination, new TimeOnly(6, 0), ("G31001", 65))],
                [Flight(6, "GOL Linhas Aereas", "G3", "Economica", false, ret, destination, origin, new TimeOnly(20, 0), ("G31002", 65))]),
            Make(19, "LATAM", "LATAM Airlines", "LA", 1010.00m, true, 1m,
                [Flight(7, "LATAM Airlines", "LA", "Economica", true, departure, origin, destination, new TimeOnly(12, 30), ("LA3300", 65))],
                [Flight(8, "LATAM Airlines", "LA", "Economica", true, ret, destination, origin, new TimeOnly(15, 45), ("LA3301", 65))]),
        ];
    }
}
