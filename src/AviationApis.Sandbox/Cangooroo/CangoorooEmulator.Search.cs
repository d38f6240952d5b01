using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using AviationApis.Sandbox.Emulation;

namespace AviationApis.Sandbox.Cangooroo;

// Search: validates the criteria, issues a 30-minute token good for one booking, answers the seeded solutions.
public sealed partial class CangoorooEmulator
{
    private static readonly TimeSpan TokenLifetime = TimeSpan.FromMinutes(30);

    private HttpResponseMessage Search(JsonNode body, string user)
    {
        var criteria = Json.Object(body, "Criteria");
        if (criteria is null)
        {
            return Failure("Criteria is required", "InvalidRequest");
        }

        var origin = Json.String(criteria, "IataOriginAirport");
        var destination = Json.String(criteria, "IataDestinationAirport");
        if (origin is not { Length: 3 } || destination is not { Length: 3 })
        {
            return Failure("IataOriginAirport and IataDestinationAirport must be 3-letter IATA codes", "InvalidRequest");
        }

        if (!TryDate(Json.String(criteria, "DepartureDate"), out var departure))
        {
            return Failure("DepartureDate is required (yyyy-MM-dd)", "InvalidRequest");
        }

        var searchType = Json.String(criteria, "SearchType") ?? "RoundTrip";
        if (searchType is not ("OneWay" or "RoundTrip"))
        {
            return Failure($"SearchType '{searchType}' is not valid (OneWay, RoundTrip)", "InvalidRequest");
        }

        var roundTrip = searchType == "RoundTrip";
        DateOnly returnDate = default;
        if (roundTrip && (!TryDate(Json.String(criteria, "ReturnDate"), out returnDate) || returnDate < departure))
        {
            return Failure("ReturnDate is required for a RoundTrip search and must not be before DepartureDate", "InvalidRequest");
        }

        var adults = Json.Long(criteria, "NumberOfAdults") ?? 0;
        if (adults < 1 || adults > 9)
        {
            return Failure("NumberOfAdults must be between 1 and 9", "InvalidRequest");
        }

        // Dates in the past are accepted on purpose, so the seed's own example (January 2020) works verbatim.
        var children = Json.Array(criteria, "ChildrenAge")?.Count ?? 0;

        var classFlight = Json.String(criteria, "ClassFlight") ?? "All";
        if (classFlight is not ("All" or "Economy" or "PremiumEconomy" or "Business" or "First"))
        {
            return Failure($"ClassFlight '{classFlight}' is not valid", "InvalidRequest");
        }

        var luggage = Json.String(criteria, "Luggage") ?? "Both";
        if (luggage is not ("Both" or "With" or "Without"))
        {
            return Failure($"Luggage '{luggage}' is not valid (Both, With, Without)", "InvalidRequest");
        }

        var paxFactor = adults + (children * 0.75m);
        // Round-trip options carry their id as stretchId, as the seed says.
        var solutions = BuildSolutions(origin.ToUpperInvariant(), destination.ToUpperInvariant(), departure, roundTrip ? returnDate : null, paxFactor)
            .Where(s => luggage == "Both" || (luggage == "With") == s.WithLuggage)
            .ToList();
        var token = new SearchToken(Guid.NewGuid().ToString(), user, TimeProvider.GetUtcNow() + TokenLifetime, roundTrip, solutions);
        tokens[token.Token] = token;
        var array = new JsonArray();
        foreach (var solution in solutions)
        {
            array.Add(solution.Node.DeepClone());
        }

        return Envelope(HttpStatusCode.OK, null, token.Token, ("NumberOfResults", solutions.Count), ("Solutions", array));
    }

    private static bool TryDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    private sealed class SearchToken(string token, string user, DateTimeOffset expires, bool roundTrip, List<Solution> solutions)
    {
        public string Token { get; } = token;

        public string User { get; } = user;

        public DateTimeOffset Expires { get; } = expires;

        public bool RoundTrip { get; } = roundTrip;

        public List<Solution> Solutions { get; } = solutions;

        public HashSet<(long, long, long)> PoliciesChecked { get; } = [];

        public bool Booked { get; set; }
    }

    private sealed record Solution(long Id, JsonObject Node, bool WithLuggage, decimal CurrentPrice);
}
