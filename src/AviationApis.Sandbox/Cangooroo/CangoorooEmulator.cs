using System.Globalization;
using System.Net;
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
public sealed partial class CangoorooEmulator : SandboxEmulator
{
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
        if (!request.TryReadObject(out var body))
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
}
