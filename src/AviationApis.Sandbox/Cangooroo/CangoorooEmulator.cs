using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using AviationApis.Sandbox.Emulation;
using AviationApis.Sandbox.Faults;

namespace AviationApis.Sandbox.Cangooroo;

/// <summary>
/// Emulates the Cangooroo Air REST API (<c>{base}/ws/Rest/Flight.svc/{Method}</c>, all POST, PascalCase JSON; the
/// <c>/API/REST/</c> prefix and the <c>DoBooking</c> segment are accepted too). Every request must carry a valid
/// <c>Credential</c>; Search issues a 30-minute token good for one booking; Booking is refused unless
/// GetCancellationPolicies was called on that token for the same solution and flights. Business errors come in the
/// <c>Error</c> envelope with HTTP 200; a malformed body gets HTTP 400 with an HTML page, as WCF does.
/// </summary>
/// <remarks>
/// Seeded behaviour (deterministic): a round-trip search returns solutions <c>17</c> (the seed's: departures <c>1</c>
/// and <c>3</c>, returns <c>2</c> and <c>4</c>), <c>18</c> (no luggage) and <c>19</c>; one-way searches the same without
/// returns. Round-trip options carry their id as <c>stretchId</c> (as the seed says), one-way options as <c>Id</c>.
/// Every solution has a <c>PriceBreakdown</c> (<c>Fare</c>, <c>Taxes</c>, <c>Fees</c>) and <c>RateInformation</c>.
/// GetCancellationPolicies reports solution 17 2.5 % dearer than Search did (a price change to report); the other
/// solutions keep their price; <see cref="PolicyChanges"/> changes more. Service ids start at <c>379</c>. The card
/// <c>4000000000000002</c> books with status <c>Rejected</c>; any other Luhn-valid card is <c>Confirmed</c>/<c>Paid</c>
/// (expiry dates are not checked, nor are search dates in the past refused, so the seed's own examples work verbatim).
/// A booking's <c>ExternalReference</c> is kept and listed by BackOffice <c>GetBookingList</c>
/// (<c>{base}/API/REST/CangoorooBackOffice.svc/GetBookingList</c>, filtered by <c>SearchBookingCriteria.ExternalReference</c>).
/// <see cref="AnswerNextBookingInProgress"/>, <see cref="DropNextBookingResponse"/> and
/// <see cref="FailNextBookingResponse"/> make a booking's outcome unknown to the client while it is really made.
/// </remarks>
public sealed class CangoorooEmulator : SandboxEmulator
{
    private const string DateFormat = "dd/MM/yyyy HH:mm:ss";
    private static readonly TimeSpan TokenLifetime = TimeSpan.FromMinutes(30);
    private readonly AviationSandboxOptions options;
    private readonly Dictionary<string, SearchToken> tokens = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<long, Service> services = [];
    private long nextServiceId = 379;
    private CangoorooPolicyChanges policyChanges;
    private int? nextBookingInProgressChecks;
    private BookingFault? nextBookingFault;

    internal CangoorooEmulator(AviationSandboxOptions options, SandboxFaults faults)
        : base(SandboxApi.Cangooroo, faults, options.TimeProvider)
    {
        this.options = options;
        var routes = new RouteTable();
        foreach (var flight in (string[])["ws/Rest/Flight.svc/", "API/REST/Flight.svc/"])
        {
            // The vendor's older and newer REST prefixes.
            routes.Add(HttpMethod.Post, flight + "Search", "Search")
                .Add(HttpMethod.Post, flight + "GetCancellationPolicies", "GetCancellationPolicies")
                .Add(HttpMethod.Post, flight + "Booking", "Booking")
                .Add(HttpMethod.Post, flight + "DoBooking", "Booking")
                .Add(HttpMethod.Post, flight + "Cancel", "Cancel")
                .Add(HttpMethod.Post, flight + "CancelBooking", "Cancel")
                .Add(HttpMethod.Post, flight + "GetServiceDetails", "GetServiceDetails");
        }

        Routes = routes.Add(HttpMethod.Post, "API/REST/CangoorooBackOffice.svc/GetBookingList", "GetBookingList");
    }

    /// <summary>What GetCancellationPolicies answers (and bookings then record) differently from the search; default <see cref="CangoorooPolicyChanges.None"/>.</summary>
    public CangoorooPolicyChanges PolicyChanges
    {
        get
        {
            lock (Gate)
            {
                return policyChanges;
            }
        }

        set
        {
            lock (Gate)
            {
                policyChanges = value;
            }
        }
    }

    /// <summary>How many bookings were made (services created), whatever the client saw of them.</summary>
    public int BookingCount
    {
        get
        {
            lock (Gate)
            {
                return services.Count;
            }
        }
    }

    /// <summary>
    /// The next booking is made but answered with status <c>InProgress</c>; GetServiceDetails then answers
    /// <c>InProgress</c> <paramref name="statusChecksBeforeSettling"/> more times before the booking settles to its real
    /// status (<c>Confirmed</c>, or <c>Rejected</c> for the rejected test card).
    /// </summary>
    /// <param name="statusChecksBeforeSettling">How many GetServiceDetails calls still see <c>InProgress</c> (0 or more).</param>
    public void AnswerNextBookingInProgress(int statusChecksBeforeSettling = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(statusChecksBeforeSettling);
        lock (Gate)
        {
            nextBookingInProgressChecks = statusChecksBeforeSettling;
        }
    }

    /// <summary>
    /// The next booking is made (the service exists and its <c>ExternalReference</c> is listed) but the connection breaks
    /// before the answer: in process an <see cref="HttpRequestException"/> with <see cref="HttpRequestError.ResponseEnded"/>,
    /// on Kestrel an aborted connection.
    /// </summary>
    public void DropNextBookingResponse()
    {
        lock (Gate)
        {
            nextBookingFault = new BookingFault(null);
        }
    }

    /// <summary>The next booking is made but answered with <paramref name="statusCode"/> (a 5xx) and the vendor's error body.</summary>
    /// <param name="statusCode">The status to answer, 500 or above.</param>
    public void FailNextBookingResponse(HttpStatusCode statusCode)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan((int)statusCode, 500, nameof(statusCode));
        lock (Gate)
        {
            nextBookingFault = new BookingFault(statusCode);
        }
    }

    private protected override RouteTable Routes { get; }

    private protected override HttpResponseMessage NoRoute(HttpRequestMessage request, HttpStatusCode status) =>
        Html(status, status == HttpStatusCode.NotFound ? "Endpoint not found." : "Method not allowed.");

    private protected override HttpResponseMessage Fault(EmulatorRequest request, HttpStatusCode status) =>
        Envelope(status, Error("Sandbox fault injection: HTTP " + ((int)status).ToString(CultureInfo.InvariantCulture), "SandboxFault"), null);

    private protected override HttpResponseMessage Handle(EmulatorRequest request)
    {
        if (!request.TryReadJson(out var body) || body is not JsonObject)
        {
            return Html(HttpStatusCode.BadRequest, "Request Error: the server encountered an error processing the request. The request body could not be deserialized.");
        }

        var credential = Json.Object(body, "Credential");
        if (!AviationSandboxOptions.Accepts(options.CangoorooUsername, Json.String(credential, "Username"))
            || !AviationSandboxOptions.Accepts(options.CangoorooPassword, Json.String(credential, "Password")))
        {
            return Failure("Login_Fail: invalid user or password", "1001");
        }

        var user = Json.String(credential, "Username")!;
        return request.Operation switch
        {
            "Search" => Search(body, user),
            "GetCancellationPolicies" => GetCancellationPolicies(body, user),
            "Booking" => Booking(body, user),
            "Cancel" => Cancel(body, user),
            "GetBookingList" => GetBookingList(body, user),
            _ => GetServiceDetails(body, user),
        };
    }

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

    private HttpResponseMessage GetCancellationPolicies(JsonNode body, string user)
    {
        if (!TryToken(body, user, out var token, out var failure))
        {
            return failure!;
        }

        if (!TrySelection(body, token!, out var selection, out failure))
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

    private HttpResponseMessage Booking(JsonNode body, string user)
    {
        if (!TryToken(body, user, out var token, out var failure))
        {
            return failure!;
        }

        if (!TrySelection(body, token!, out var selection, out failure))
        {
            return failure!;
        }

        if (token!.Booked)
        {
            return Failure("This token was already used for a booking: search again", "TokenAlreadyUsed");
        }

        if (!token.PoliciesChecked.Contains(selection.Key))
        {
            return Failure("GetCancellationPolicies must be called for this solution and flights before booking", "CancellationPoliciesRequired");
        }

        var passengers = Json.Array(body, "Passengers");
        if (passengers is null || passengers.Count == 0)
        {
            return Failure("At least one passenger is required", "InvalidRequest");
        }

        var paxOut = new JsonArray();
        foreach (var pax in passengers)
        {
            if (string.IsNullOrWhiteSpace(Json.String(pax, "Name")) || string.IsNullOrWhiteSpace(Json.String(pax, "Surname")))
            {
                return Failure("Every passenger needs Name and Surname", "InvalidRequest");
            }

            paxOut.AddNode(new JsonObject
            {
                ["Name"] = Json.String(pax, "Name"),
                ["Surname"] = Json.String(pax, "Surname"),
                ["Title"] = Json.String(pax, "Title"),
                ["MainPax"] = Json.Bool(pax, "MainPax") ?? false,
                ["isChild"] = Json.Bool(pax, "isChild") ?? false,
                ["Age"] = Json.Long(pax, "Age"),
            });
        }

        if (!paxOut.Any(p => Json.Bool(p, "MainPax") == true))
        {
            paxOut[0]!["MainPax"] = true;
        }

        var card = Json.Object(Json.Object(body, "Payment"), "CreditCard");
        var number = Json.String(card, "CardNumber")?.Replace(" ", string.Empty, StringComparison.Ordinal);
        if (card is null || number is null || !Luhn(number) || string.IsNullOrWhiteSpace(Json.String(card, "Holder"))
            || Json.String(card, "SecurityCode") is not { Length: 3 or 4 } || Json.Long(card, "MonthExpiration") is null or < 1 or > 12 || Json.Long(card, "YearExpiration") is null)
        {
            return Failure("Payment.CreditCard is invalid (Holder, CardNumber, SecurityCode, MonthExpiration, YearExpiration)", "InvalidPayment");
        }

        token.Booked = true;
        var rejected = number == "4000000000000002";
        var serviceId = nextServiceId++;
        var solution = SelectedSolution(selection, policyChanges & ~(CangoorooPolicyChanges.OmitSolution | CangoorooPolicyChanges.OmitDetails));
        var finalStatus = rejected ? "Rejected" : "Confirmed";
        var finalPayment = rejected ? "NotPaid" : "Paid";
        var inProgress = nextBookingInProgressChecks;
        nextBookingInProgressChecks = null;
        var reference = Json.String(body, "ExternalReference");
        var service = new JsonObject
        {
            ["ServiceId"] = serviceId,
            ["ReservationId"] = string.Create(CultureInfo.InvariantCulture, $"SBX{serviceId:D3}"),
            ["Status"] = inProgress is null ? finalStatus : "InProgress",
            ["PaymentStatus"] = inProgress is null ? finalPayment : "Pending",
            ["Price"] = solution["Price"]!.DeepClone(),
            ["Depart"] = solution["Depart"]!.DeepClone(),
            ["Return"] = solution["Return"]!.DeepClone(),
            ["Passengers"] = paxOut,
            ["CancelationPolicies"] = Policies,
        };
        if (!string.IsNullOrEmpty(reference))
        {
            service["ExternalReference"] = reference;
        }

        services[serviceId] = new Service(user, service, reference, finalStatus, finalPayment) { PendingChecks = inProgress ?? 0 };
        var fault = nextBookingFault;
        nextBookingFault = null;
        if (fault is { Status: null })
        {
            throw SandboxConnectionDropped.Create(HttpRequestError.ResponseEnded);
        }

        if (fault is { Status: { } status })
        {
            return Envelope(status, Error("Sandbox fault injection after the booking was made: HTTP " + ((int)status).ToString(CultureInfo.InvariantCulture), "SandboxFault"), null);
        }

        return Envelope(HttpStatusCode.OK, null, null, ("Service", service.DeepClone()));
    }

    private HttpResponseMessage GetBookingList(JsonNode body, string user)
    {
        var reference = Json.String(Json.Object(body, "SearchBookingCriteria"), "ExternalReference");
        var list = new JsonArray();
        foreach (var (id, service) in services.OrderBy(s => s.Key))
        {
            if (service.User != user || (reference is not null && !string.Equals(service.Reference, reference, StringComparison.Ordinal)))
            {
                continue;
            }

            var main = Json.Array(service.Node, "Passengers")?.FirstOrDefault(p => Json.Bool(p, "MainPax") == true);
            list.AddNode(new JsonObject
            {
                ["BookingId"] = 900000 + id,
                ["ServiceId"] = id,
                ["ServiceType"] = 10,
                ["Status"] = Json.String(service.Node, "Status"),
                ["Price"] = service.Node["Price"]?.DeepClone(),
                ["MainPax"] = main is null ? null : $"{Json.String(main, "Name")} {Json.String(main, "Surname")}",
                ["ExternalReference"] = service.Reference,
            });
        }

        return Envelope(HttpStatusCode.OK, null, null, ("TotalResults", list.Count), ("Reservations", list));
    }

    private HttpResponseMessage Cancel(JsonNode body, string user)
    {
        if (!TryService(body, user, out var service, out var failure))
        {
            return failure!;
        }

        if (Json.String(service!.Node, "Status") == "Cancelled")
        {
            return Failure("The service is already cancelled", "ServiceAlreadyCancelled");
        }

        service.Node["Status"] = "Cancelled";
        service.Node["PaymentStatus"] = "Refunded";
        return Envelope(HttpStatusCode.OK, null, null, ("Service", service.Node.DeepClone()));
    }

    private HttpResponseMessage GetServiceDetails(JsonNode body, string user)
    {
        if (!TryService(body, user, out var service, out var failure))
        {
            return failure!;
        }

        if (Json.String(service!.Node, "Status") == "InProgress")
        {
            if (service.PendingChecks > 0)
            {
                service.PendingChecks--;
            }
            else
            {
                service.Node["Status"] = service.FinalStatus;
                service.Node["PaymentStatus"] = service.FinalPayment;
            }
        }

        return Envelope(HttpStatusCode.OK, null, null, ("Service", service.Node.DeepClone()));
    }

    private bool TryService(JsonNode body, string user, out Service? service, out HttpResponseMessage? failure)
    {
        service = null;
        failure = null;
        var id = Json.Long(body, "ServiceId");
        if (id is null)
        {
            failure = Failure("ServiceId is required", "InvalidRequest");
            return false;
        }

        if (!services.TryGetValue(id.Value, out service) || service.User != user)
        {
            failure = Failure($"Service {id} not found", "ServiceNotFound");
            return false;
        }

        return true;
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

    private static bool TryDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    private static bool Luhn(string number)
    {
        if (number.Length is < 13 or > 19 || !number.All(char.IsAsciiDigit))
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < number.Length; i++)
        {
            var digit = number[number.Length - 1 - i] - '0';
            if (i % 2 == 1)
            {
                digit *= 2;
                if (digit > 9)
                {
                    digit -= 9;
                }
            }

            sum += digit;
        }

        return sum % 10 == 0;
    }

    private static JsonObject Money(decimal value) => new() { ["Currency"] = "BRL", ["Value"] = value };

    private static JsonObject Error(string message, string code) => new() { ["Message"] = message, ["Code"] = code };

    private HttpResponseMessage Failure(string message, string code) => Envelope(HttpStatusCode.OK, Error(message, code), null);

    private HttpResponseMessage Envelope(HttpStatusCode status, JsonObject? error, string? token, params (string Name, JsonNode? Value)[] payload)
    {
        var body = new JsonObject
        {
            ["Error"] = error,
            ["TimeSpan"] = TimeProvider.GetUtcNow().ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        };
        if (token is not null)
        {
            body["Token"] = token;
        }

        body["TotalTime"] = 0.0421;
        foreach (var (name, value) in payload)
        {
            body[name] = value;
        }

        return Json.Response(status, body, options.CangoorooByteOrderMark);
    }

    private static HttpResponseMessage Html(HttpStatusCode status, string message)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes($"<html><head><title>Request Error</title></head><body><p>{WebUtility.HtmlEncode(message)}</p></body></html>"));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/html") { CharSet = "utf-8" };
        return new HttpResponseMessage(status) { Content = content };
    }

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

    private sealed record Service(string User, JsonObject Node, string? Reference, string FinalStatus, string FinalPayment)
    {
        public int PendingChecks { get; set; }
    }

    /// <summary>A booking made but answered badly: <see cref="Status"/> null drops the connection.</summary>
    private sealed record BookingFault(HttpStatusCode? Status);

    private readonly record struct Selection(Solution Solution, JsonNode Depart, JsonNode? Return)
    {
        public (long, long, long) Key => (Solution.Id, FlightId(Depart) ?? 0, Return is null ? 0 : FlightId(Return) ?? 0);
    }
}
