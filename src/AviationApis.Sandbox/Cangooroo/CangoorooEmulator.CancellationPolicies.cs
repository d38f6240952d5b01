using System.Net;
using System.Text.Json.Nodes;
using AviationApis.Sandbox.Emulation;

namespace AviationApis.Sandbox.Cangooroo;

// GetCancellationPolicies: checks the token and the selected solution and flights, and records the check Booking requires.
public sealed partial class CangoorooEmulator
{
    private HttpResponseMessage GetCancellationPolicies(JsonNode body, string user)
    {
        if (!TrySelected(body, user, out var token, out var selection, out var failure))
        {
            return failure!;
        }

        token!.PoliciesChecked.Add(selection.Key);
        return Envelope(
            HttpStatusCode.OK,
            null,
            token.Token,
            ("Solution", (policyChanges & CangoorooPolicyChanges.OmitSolution) != 0 ? null : SelectedSolution(selection, policyChanges)),
            ("CancelationPolicies", Policies),
            ("PaymentConditions", new JsonArray(new JsonObject
            {
                ["CreditCard"] = new JsonObject
                {
                    ["MinimumParcelValue"] = Money(15m),
                    ["NumberPaymentAmex"] = 6,
                    ["NumberPaymentDiners"] = 6,
                    ["NumberPaymentElo"] = 6,
                    ["NumberPaymentMaster"] = 6,
                    ["NumberPaymentVisa"] = 6,
                },
                ["Name"] = "Parcelamento direto na companhia sem juros",
            })));
    }

    private const string Policies = "Após a emissão, consulte a Operadora. Cancelamentos até 24 horas antes do embarque sem multa (sandbox).";

    /// <summary>The body's token (the user's, not expired) and the solution and flights it selects from that search.</summary>
    private bool TrySelected(JsonNode body, string user, out SearchToken? token, out Selection selection, out HttpResponseMessage? failure)
    {
        selection = default;
        return TryToken(body, user, out token, out failure) && TrySelection(body, token!, out selection, out failure);
    }

    private bool TryToken(JsonNode body, string user, out SearchToken? token, out HttpResponseMessage? failure)
    {
        token = null;
        failure = null;
        var text = Json.String(body, "Token");
        if (string.IsNullOrEmpty(text) || !tokens.TryGetValue(text, out token) || token.User != user)
        {
            failure = Failure("Token not found: search again", "TokenNotFound");
            return false;
        }

        if (TimeProvider.GetUtcNow() >= token.Expires)
        {
            failure = Failure("Token expired (tokens are valid for 30 minutes): search again", "TokenExpired");
            return false;
        }

        return true;
    }

    private bool TrySelection(JsonNode body, SearchToken token, out Selection selection, out HttpResponseMessage? failure)
    {
        selection = default;
        failure = null;
        var solutionId = Json.Long(body, "SolutionId");
        var departId = Json.Long(body, "DepartId");
        var returnId = Json.Long(body, "ReturnId");
        var solution = token.Solutions.FirstOrDefault(s => s.Id == solutionId);
        if (solution is null)
        {
            failure = Failure($"SolutionId {solutionId} is not part of this search", "SolutionNotFound");
            return false;
        }

        var depart = Json.Array(solution.Node, "Depart")!.FirstOrDefault(f => FlightId(f) == departId);
        if (depart is null)
        {
            failure = Failure($"DepartId {departId} is not an option of solution {solutionId}", "SolutionNotFound");
            return false;
        }

        JsonNode? back = null;
        if (token.RoundTrip)
        {
            back = Json.Array(solution.Node, "Return")!.FirstOrDefault(f => FlightId(f) == returnId);
            if (back is null)
            {
                failure = Failure($"ReturnId {returnId} is not an option of solution {solutionId}", "SolutionNotFound");
                return false;
            }
        }

        selection = new Selection(solution, depart, back);
        return true;
    }

    /// <summary>A round-trip option's id is its <c>stretchId</c>; a one-way option's its <c>Id</c>.</summary>
    private static long? FlightId(JsonNode? flight) => Json.Long(flight, "stretchId") ?? Json.Long(flight, "Id");

    private static JsonObject SelectedSolution(Selection selection, CangoorooPolicyChanges changes)
    {
        var node = (JsonObject)selection.Solution.Node.DeepClone();
        var flights = new List<JsonObject> { (JsonObject)selection.Depart.DeepClone() };
        if (selection.Return is not null)
        {
            flights.Add((JsonObject)selection.Return.DeepClone());
        }

        node["Depart"] = new JsonArray(flights[0]);
        node["Return"] = selection.Return is null ? new JsonArray() : new JsonArray(flights[1]);
        CangoorooChanges.ApplyPrice(node, selection.Solution.CurrentPrice, changes);
        foreach (var flight in flights)
        {
            CangoorooChanges.ApplyFlight(flight, changes);
        }

        return node;
    }

    private readonly record struct Selection(Solution Solution, JsonNode Depart, JsonNode? Return)
    {
        public (long, long, long) Key => (Solution.Id, FlightId(Depart) ?? 0, Return is null ? 0 : FlightId(Return) ?? 0);
    }
}
