using System.Net;
using System.Text.Json.Nodes;
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
}
