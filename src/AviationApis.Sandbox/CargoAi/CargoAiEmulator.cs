using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AviationApis.Sandbox.Emulation;
using AviationApis.Sandbox.Faults;

namespace AviationApis.Sandbox.CargoAi;

/// <summary>
/// Emulates CargoAi CargoCONNECT (<c>{base}/users</c>, <c>search</c>, <c>book</c>, <c>track</c>,
/// <c>bookings/{flightUUID}</c>) with the wire shapes of the vendor's OpenAPI descriptions: <c>x-api-key</c> required
/// (403 <c>{"message":"Forbidden"}</c> otherwise); the first search answers 202 <c>STARTED</c> with partial flights and
/// an <c>id</c>, the re-POST with that <c>id</c> answers 200 <c>COMPLETED</c>; bookings can be tracked and cancelled;
/// provisioned users get a token and portal link and can be deleted. See <see cref="CargoAiFlights"/> for the flights.
/// </summary>
public sealed partial class CargoAiEmulator : SandboxEmulator
{
    private readonly AviationSandboxOptions options;
    private readonly Dictionary<string, User> users = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Search> searches = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, (JsonObject Flight, Search Search)> flights = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Booking> bookings = new(StringComparer.OrdinalIgnoreCase);
    private int sequence;
    private long awbSequence = 42652;

    internal CargoAiEmulator(AviationSandboxOptions options, SandboxFaults faults)
        : base(SandboxApi.CargoAi, faults, options.TimeProvider)
    {
        this.options = options;
        Routes = new RouteTable()
            .Add(HttpMethod.Post, "users", "CreateUser")
            .Add(HttpMethod.Get, "users", "GetUserToken")
            .Add(HttpMethod.Put, "users", "UpdateUser")
            .Add(HttpMethod.Delete, "users", "DeleteUser")
            .Add(HttpMethod.Post, "search", "Search")
            .Add(HttpMethod.Post, "book", "Book")
            .Add(HttpMethod.Get, "track", "Track")
            .Add(HttpMethod.Put, "bookings/{flightUUID}", "CancelBooking");
    }

    private protected override RouteTable Routes { get; }

    private protected override HttpResponseMessage NoRoute(HttpRequestMessage request, HttpStatusCode status) =>
        Message(status, status == HttpStatusCode.NotFound ? "Not Found" : "Method Not Allowed");

    private protected override HttpResponseMessage Fault(EmulatorRequest request, HttpStatusCode status) => (int)status switch
    {
        >= 500 => Message(status, "Internal server error"),
        403 => Message(status, "Forbidden"),
        429 => Message(status, "Too Many Requests"),
        _ => Message(status, status.ToString()),
    };

    private protected override HttpResponseMessage Handle(EmulatorRequest request)
    {
        if (!AviationSandboxOptions.Accepts(options.CargoAiApiKey, request.Header("x-api-key")))
        {
            return Message(HttpStatusCode.Forbidden, "Forbidden");
        }

        return request.Operation switch
        {
            "CreateUser" => CreateUser(request),
            "GetUserToken" => GetUserToken(request),
            "UpdateUser" => UpdateUser(request),
            "DeleteUser" => DeleteUser(request),
            "Search" => SearchFlights(request),
            "Book" => Book(request),
            "Track" => Track(request),
            _ => Cancel(request),
        };
    }

    private static HttpResponseMessage Message(HttpStatusCode status, string message) =>
        Json.Response(status, new JsonObject { ["message"] = message });

    private JsonObject TokenResponse(User user, string message) => new()
    {
        ["status"] = "Activated",
        ["message"] = message,
        ["token"] = user.Token,
        ["link"] = $"{CargoAiFlights.PortalBase}forwarder-search?auth={Uri.EscapeDataString(user.Token)}",
    };

    private HttpResponseMessage CreateUser(EmulatorRequest request)
    {
        if (!request.TryReadJson(out var body) || body is not JsonObject)
        {
            return Message(HttpStatusCode.BadRequest, "Invalid request: the body must be a JSON object");
        }

        var errors = new List<string>();
        Require(body, "firstName", 45, errors);
        Require(body, "lastName", 45, errors);
        Require(body, "email", 66, errors);
        Require(body, "companyName", 45, errors);
        var email = Json.String(body, "email");
        if (!string.IsNullOrEmpty(email) && !EmailPattern().IsMatch(email))
        {
            errors.Add("email: must be a valid email address");
        }

        var country = Json.String(body, "countryCode");
        if (string.IsNullOrEmpty(country))
        {
            errors.Add("countryCode cannot be empty");
        }

        ValidateOffice(body, errors, rootLevel: true);
        if (Json.Array(body, "offices") is { } offices)
        {
            foreach (var office in offices)
            {
                ValidateOffice(office, errors, rootLevel: false);
            }
        }
        else if (body["offices"] is not null)
        {
            errors.Add("offices: must be an array");
        }

        if (errors.Count > 0)
        {
            return Message(HttpStatusCode.BadRequest, $"Invalid request: validation errors: [{string.Join("; ", errors)}]");
        }

        if (users.ContainsKey(email!))
        {
            return Message(HttpStatusCode.BadRequest, $"Invalid request: user already exists: {email}");
        }

        var user = new User(email!, NewToken(email!), (JsonObject)body!.DeepClone());
        users[email!] = user;
        return Json.Response(HttpStatusCode.OK, TokenResponse(user, "Successful request: User created and account already activated"));
    }

    private HttpResponseMessage GetUserToken(EmulatorRequest request)
    {
        var email = request.QueryValue("email");
        if (string.IsNullOrEmpty(email))
        {
            return Message(HttpStatusCode.BadRequest, "Invalid request: email is required");
        }

        if (!users.TryGetValue(email, out var user))
        {
            return Message(HttpStatusCode.BadRequest, $"Invalid request: user not found: {email}");
        }

        return Json.Response(HttpStatusCode.OK, TokenResponse(user, "Successful request: please follow the link"));
    }

    private HttpResponseMessage UpdateUser(EmulatorRequest request)
    {
        JsonNode? body;
        if (!request.TryReadJson(out body) || body is not JsonObject)
        {
            // The OpenAPI lists the fields as query parameters; the vendor's own curl sends JSON. Accept both.
            body = new JsonObject { ["email"] = request.QueryValue("email") };
        }

        var email = Json.String(body, "email");
        if (string.IsNullOrEmpty(email))
        {
            return Json.Response(HttpStatusCode.BadRequest, new JsonObject { ["error"] = "Invalid request: email is required" });
        }

        if (!users.TryGetValue(email, out var user))
        {
            return Json.Response(HttpStatusCode.BadRequest, new JsonObject { ["error"] = $"Invalid request: user not found: {email}" });
        }

        var errors = new List<string>();
        if (Json.Array(body, "offices") is { } offices)
        {
            foreach (var office in offices)
            {
                ValidateOffice(office, errors, rootLevel: false);
            }

            if (errors.Count > 0)
            {
                return Json.Response(HttpStatusCode.BadRequest, new JsonObject { ["error"] = $"Invalid request: validation errors: [{string.Join("; ", errors)}]" });
            }

            foreach (var office in offices)
            {
                user.Offices.Add(office!.DeepClone());
            }
        }

        return Json.Response(HttpStatusCode.OK, TokenResponse(user, "Successful request: User updated successfully"));
    }

    private HttpResponseMessage DeleteUser(EmulatorRequest request)
    {
        var email = request.QueryValue("email");
        if (string.IsNullOrEmpty(email) || !users.Remove(email))
        {
            return Message(HttpStatusCode.BadRequest, $"Invalid request: user not found: {email}");
        }

        return Message(HttpStatusCode.OK, $"Successful request: User has been successfully deleted from your API key: {email}");
    }

    private HttpResponseMessage SearchFlights(EmulatorRequest request)
    {
        if (!request.TryReadJson(out var body) || body is not JsonObject)
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

    private HttpResponseMessage Book(EmulatorRequest request)
    {
        if (!request.TryReadJson(out var body) || body is not JsonObject)
        {
            return BookingFailed(null, "Invalid request", "The body must be a JSON object");
        }

        var user = Json.Object(body, "user");
        string[] userFields = ["email", "firstName", "lastName", "iata", "cass", "country"];
        if (user is null || userFields.Any(f => string.IsNullOrEmpty(Json.String(user, f))))
        {
            return Json.Response(HttpStatusCode.Forbidden, new JsonObject { ["field"] = "global", ["error"] = "Cannot match user information" });
        }

        var flightUuid = Json.String(body, "flightUUID");
        var rateId = Json.String(body, "rateId");
        if (string.IsNullOrEmpty(flightUuid) && body["itinerary"] is not null)
        {
            return Json.Response(HttpStatusCode.BadRequest, new JsonObject
            {
                ["bookingStatus"] = "FAILED",
                ["flights"] = new JsonArray(),
                ["error"] = "Cannot match flight details",
                ["description"] = "The sandbox supports classic bookings (flightUUID and rateId from a search) only",
            });
        }

        if (string.IsNullOrEmpty(flightUuid) || string.IsNullOrEmpty(rateId))
        {
            return BookingFailed(flightUuid, "Invalid request", "flightUUID and rateId are required");
        }

        if (!flights.TryGetValue(flightUuid, out var found))
        {
            return BookingFailed(flightUuid, "FlightNotAvailable", "Unknown flightUUID: search again");
        }

        var flight = found.Flight;
        if (Json.Bool(flight, "available") != true || Json.Bool(flight["features"], "bookable") != true)
        {
            return BookingFailed(flightUuid, "FlightNotAvailable", "This offer cannot be booked through the API: book it in FlyWINDOW");
        }

        var rate = Json.Array(flight, "rates")?.FirstOrDefault(r => Json.String(r, "id") == rateId);
        if (rate is null)
        {
            return BookingFailed(flightUuid, "ProductOfferExpired", "The rate is not part of this flight's offer");
        }

        if (Json.Bool(rate, "isManualRate") == true || (Json.Long(rate, "coloaderOfficeId") ?? 0) != 0)
        {
            return BookingFailed(flightUuid, "FlightNotAvailable", "Manual and coloader rates are not bookable via API: book it in FlyWINDOW (CargoMART)");
        }

        var awb = Json.String(body, "awb");
        if (string.IsNullOrEmpty(awb))
        {
            if (Json.Bool(flight["features"], "awbOptional") != true)
            {
                return BookingFailed(flightUuid, "CheckAWBFailed", "An AWB is required for this airline");
            }

            awb = string.Create(CultureInfo.InvariantCulture, $"{Json.Array(flight, "awbPrefixes")![0]}-{awbSequence++:D8}");
        }
        else if (!AwbPattern().IsMatch(awb) || Json.Array(flight, "awbPrefixes")!.All(p => Json.Text(p) != awb[..3]))
        {
            return BookingFailed(flightUuid, "CheckAWBFailed", $"AWB {awb} is not valid for this airline");
        }

        if (bookings.TryGetValue(flightUuid, out var existing) && existing.Status != "CANCELLED")
        {
            return Json.Response(HttpStatusCode.BadRequest, new JsonObject
            {
                ["flightUIID"] = flightUuid,
                ["awb"] = existing.Awb,
                ["bookingStatus"] = "FAILED",
                ["error"] = "FlightUUID and Rateld are already used",
                ["description"] = "Booking already exists",
            });
        }

        var handlingCodes = body["handlingCodes"] as JsonArray ?? new JsonArray("GCR");
        bookings[flightUuid] = new Booking(flightUuid, rateId, awb, (JsonObject)flight.DeepClone(), found.Search) { Status = "PENDING_DELIVERY" };
        return Json.Response(HttpStatusCode.OK, new JsonObject
        {
            ["flightUUID"] = flightUuid,
            ["bookingStatus"] = "PENDING_DELIVERY",
            ["awb"] = awb,
            ["handlingCodes"] = handlingCodes.DeepClone(),
        });
    }

    private static HttpResponseMessage BookingFailed(string? flightUuid, string error, string description) =>
        Json.Response(HttpStatusCode.BadRequest, new JsonObject
        {
            ["flightUIID"] = flightUuid,
            ["bookingStatus"] = "FAILED",
            ["error"] = error,
            ["description"] = description,
        });

    private HttpResponseMessage Track(EmulatorRequest request)
    {
        var flightUuid = request.QueryValue("flight-uuid");
        if (string.IsNullOrEmpty(flightUuid))
        {
            return Json.Response(HttpStatusCode.InternalServerError, new JsonObject { ["status"] = 500, ["error"] = "Required request parameter 'flight-uuid' is not present" });
        }

        if (!bookings.TryGetValue(flightUuid, out var booking))
        {
            return Json.Response(HttpStatusCode.NotFound, new JsonObject { ["status"] = 404, ["error"] = "not found" });
        }

        var requestShipment = Json.Object(booking.Search.Request, "shipment");
        var shipment = requestShipment is null ? new JsonObject() : (JsonObject)requestShipment.DeepClone();
        shipment["chargeableWeight"] = Math.Round(booking.Search.Shipment.ChargeableWeight, 0);
        shipment["measurementUnit"] ??= "METRIC";
        shipment["dimensions"] ??= new JsonArray();
        return Json.Response(HttpStatusCode.OK, new JsonArray(new JsonObject
        {
            ["flightUUID"] = booking.FlightUuid,
            ["awb"] = booking.Awb,
            ["flight"] = booking.Flight.DeepClone(),
            ["shipment"] = shipment,
            ["bookingResponse"] = new JsonObject
            {
                ["flightUUID"] = booking.FlightUuid,
                ["bookingStatus"] = booking.Status,
                ["awb"] = booking.Awb,
                ["ffr"] = null,
            },
        }));
    }

    private HttpResponseMessage Cancel(EmulatorRequest request)
    {
        var pathUuid = request.Match["flightUUID"];
        if (!request.TryReadJson(out var body) || body is not JsonObject)
        {
            return CancelError("The body must be a JSON object with flightUUID and action");
        }

        var flightUuid = Json.String(body, "flightUUID");
        if (string.IsNullOrEmpty(flightUuid))
        {
            return CancelError("flightUUID is required");
        }

        if (!string.Equals(flightUuid, pathUuid, StringComparison.OrdinalIgnoreCase))
        {
            return CancelError("flightUUID in the body does not match the path");
        }

        if (!string.Equals(Json.String(body, "action"), "CANCEL", StringComparison.Ordinal))
        {
            return CancelError("action must be CANCEL");
        }

        if (!bookings.TryGetValue(flightUuid, out var booking))
        {
            return CancelError($"No booking found for flightUUID {flightUuid}");
        }

        if (booking.Status == "CANCELLED")
        {
            return CancelError("The booking is already cancelled");
        }

        booking.Status = "CANCELLED";
        return Json.Response(HttpStatusCode.OK, new JsonObject
        {
            ["status"] = "CANCELLED",
            ["flightUUID"] = flightUuid,
            ["trackingURL"] = new Uri(request.BaseUri, "track?flight-uuid=" + Uri.EscapeDataString(flightUuid)).AbsoluteUri,
        });
    }

    private static HttpResponseMessage CancelError(string message) =>
        Json.Response(HttpStatusCode.BadRequest, new JsonObject { ["errorCode"] = 400, ["errorMessage"] = message });

    private static HttpResponseMessage FieldErrors(params (string Field, string Error)[] errors)
    {
        var array = new JsonArray();
        foreach (var (field, error) in errors)
        {
            array.AddNode(new JsonObject { ["field"] = field, ["error"] = error });
        }

        return Json.Response(HttpStatusCode.BadRequest, array);
    }

    private static void Require(JsonNode? body, string name, int maxLength, List<string> errors)
    {
        var value = Json.String(body, name);
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add($"{name} cannot be empty");
        }
        else if (value.Length > maxLength)
        {
            errors.Add($"{name}: must be at most {maxLength} characters");
        }
    }

    private static void ValidateOffice(JsonNode? office, List<string> errors, bool rootLevel)
    {
        if (office is not JsonObject)
        {
            errors.Add("offices: each office must be an object");
            return;
        }

        if (!rootLevel && string.IsNullOrEmpty(Json.String(office, "countryCode")))
        {
            errors.Add("offices.countryCode cannot be empty");
        }

        Check(office, "iataCode", SevenDigits(), "must contain exactly 7 digits", errors);
        Check(office, "cassCode", FourDigits(), "must contain exactly 4 digits", errors);
        Check(office, "officeAirportCode", AirportPattern(), "must be a 3-letter IATA code", errors);
        Check(office, "countryCode", CountryPattern(), "must be an ISO 3166-1 alpha-2 code", errors);
    }

    private static void Check(JsonNode office, string name, Regex pattern, string message, List<string> errors)
    {
        var value = Json.String(office, name);
        if (!string.IsNullOrEmpty(value) && !pattern.IsMatch(value))
        {
            errors.Add($"{name}: {message}");
        }
    }

    private string NewToken(string email) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{{\"sandbox\":true,\"user\":\"{email}\",\"n\":{++sequence}}}")));

    [GeneratedRegex("^[A-Za-z]{3}$")]
    private static partial Regex AirportPattern();

    [GeneratedRegex("^[A-Za-z]{2}$")]
    private static partial Regex CountryPattern();

    [GeneratedRegex("^[0-9]{7}$")]
    private static partial Regex SevenDigits();

    [GeneratedRegex("^[0-9]{4}$")]
    private static partial Regex FourDigits();

    [GeneratedRegex("^[0-9]{3}-[0-9]{8}$")]
    private static partial Regex AwbPattern();

    [GeneratedRegex("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$")]
    private static partial Regex EmailPattern();

    private sealed class User(string email, string token, JsonObject profile)
    {
        public string Email { get; } = email;

        public string Token { get; } = token;

        public JsonObject Profile { get; } = profile;

        public JsonArray Offices { get; } = [];
    }

    private sealed class Search(string id, string? auth, JsonObject request, CargoAiFlights.Shipment shipment)
    {
        public string Id { get; } = id;

        public string? Auth { get; } = auth;

        public JsonObject Request { get; } = request;

        public CargoAiFlights.Shipment Shipment { get; } = shipment;

        public List<JsonObject> Flights { get; } = [];

        public bool Completed { get; set; }
    }

    private sealed class Booking(string flightUuid, string rateId, string awb, JsonObject flight, Search search)
    {
        public string FlightUuid { get; } = flightUuid;

        public string RateId { get; } = rateId;

        public string Awb { get; } = awb;

        public JsonObject Flight { get; } = flight;

        public Search Search { get; } = search;

        public required string Status { get; set; }
    }
}
