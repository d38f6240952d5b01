using System.Globalization;
using System.Net;
using AviationApis.Sandbox.Emulation;
using AviationApis.Sandbox.Faults;

namespace AviationApis.Sandbox.Avinode;

/// <summary>
/// Emulates the SchedAero API and the Avinode webhook-settings host (<c>{base}/contacts/people/{id}</c>,
/// <c>contacts/companies/{id}</c>, <c>contacts/people/{id}/externalidentity/{systemId}</c>, <c>trips/{id}</c>,
/// <c>trips/{id}/reports</c>, <c>flightlegs/{id}</c>, <c>flightlegs/{id}/reports</c>, <c>quotes/{id}</c>,
/// <c>streams/quotes/{id}</c>, <c>streams/tripsheets/{id}</c>, <c>externalsystems</c>, <c>webhooks/settings[/{id}]</c>)
/// with the <c>{"meta":…,"data":…}</c> envelope, enforcing the protocol like the real servers. Hosted on Kestrel,
/// SchedAero resources answer only under <c>/schedaero/api/</c> and webhook settings only under <c>/avinode/api/</c>
/// (the vendor's hosts); in process, any base works.
/// </summary>
/// <remarks>
/// <para>Every request needs <c>X-Avinode-ApiToken</c>, <c>Authorization: Bearer …</c>, <c>X-Avinode-SentTimestamp</c>
/// (ISO-8601, within 5 minutes of the server clock), <c>X-Avinode-ApiVersion</c> (<c>v1</c>) and
/// <c>X-Avinode-Product</c> (the seed: "always populated with the name and version of the calling application"); a
/// missing or empty header gets
/// 400 <c>ERR_INPUT_MISSING</c> ("The header 'X' is required"), a malformed or skewed one 400
/// <c>ERR_INPUT_GENERIC_INVALID</c>, a wrong token 401 <c>NOT_AUTHORIZED</c>. Calls are counted per connection (bearer
/// token) per clock hour; every response carries <c>X-Rate-Limit-Limit</c>, <c>X-Rate-Limit-Remaining</c>,
/// <c>X-Rate-Limit-Reset</c>, and calls beyond the limit get 403.</para>
/// <para>Hrefs and <c>Location</c> headers are absolute, built from the base the request used, so following them works
/// in process and behind any prefix. Seeded: <c>contact-123456789</c> (person), <c>contact-223456789</c> (company),
/// <c>schedaero-trip-123456789</c> (origin Avinode, rfq <c>arfq-123456789</c>), <c>schedaero-flightleg-123456789</c>,
/// <c>schedaero-quote-123456789</c> (with a real PDF), <c>external-system-123456789</c> (named "Sandbox CRM"; new systems
/// are numbered from 123456790).</para>
/// </remarks>
public sealed partial class AvinodeEmulator : SandboxEmulator
{
    /// <summary>The seeded person contact.</summary>
    public const string SeedContactId = "contact-123456789";

    /// <summary>The seeded company contact (the person's employer).</summary>
    public const string SeedCompanyId = "contact-223456789";

    /// <summary>The seeded scheduled trip.</summary>
    public const string SeedTripId = "schedaero-trip-123456789";

    /// <summary>The seeded flight leg of the seeded trip.</summary>
    public const string SeedFlightLegId = "schedaero-flightleg-123456789";

    /// <summary>The seeded quote of the seeded trip.</summary>
    public const string SeedQuoteId = "schedaero-quote-123456789";

    /// <summary>The seeded external system.</summary>
    public const string SeedExternalSystemId = "external-system-123456789";

    /// <summary>The Content-Disposition file name of the seeded quote's PDF (the seed's own example).</summary>
    public const string SeedQuoteFileName = "Quote N100AB (Gulfstream V)  $28,650.00";

    private readonly AviationSandboxOptions options;
    private readonly Dictionary<string, (long Window, int Calls)> rateCounters = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> externalSystems = new(StringComparer.Ordinal) { [SeedExternalSystemId] = "Sandbox CRM" };
    private readonly Dictionary<(string Contact, string System), Identity> identities = [];
    private readonly Dictionary<string, AvinodeWebhookSettings> webhooks = new(StringComparer.Ordinal);
    private readonly DateTimeOffset legDeparture;
    private long nextExternalSystem = 123456790;
    private long nextWebhook = 1583;

    internal AvinodeEmulator(AviationSandboxOptions options, SandboxFaults faults)
        : base(SandboxApi.Avinode, faults, options.TimeProvider)
    {
        this.options = options;
        var now = options.TimeProvider.GetUtcNow();
        legDeparture = new DateTimeOffset(now.Year, now.Month, now.Day, 14, 0, 0, TimeSpan.Zero).AddDays(14);
        Routes = new RouteTable()
            .Add(HttpMethod.Get, "contacts/people/{id}", "GetPersonContact", "schedaero")
            .Add(HttpMethod.Get, "contacts/companies/{id}", "GetCompanyContact", "schedaero")
            .Add(HttpMethod.Patch, "contacts/people/{id}/externalidentity/{systemId}", "SetExternalIdentity", "schedaero")
            .Add(HttpMethod.Put, "contacts/people/{id}/externalidentity/{systemId}", "SetExternalIdentity", "schedaero")
            .Add(HttpMethod.Get, "trips/{id}", "GetTrip", "schedaero")
            .Add(HttpMethod.Get, "trips/{id}/reports", "GetTripReports", "schedaero")
            .Add(HttpMethod.Get, "flightlegs/{id}", "GetFlightLeg", "schedaero")
            .Add(HttpMethod.Get, "flightlegs/{id}/reports", "GetFlightLegReports", "schedaero")
            .Add(HttpMethod.Get, "quotes/{id}", "GetQuote", "schedaero")
            .Add(HttpMethod.Get, "streams/quotes/{id}", "GetQuotePdf", "schedaero")
            .Add(HttpMethod.Get, "streams/tripsheets/{id}", "GetTripsheetPdf", "schedaero")
            .Add(HttpMethod.Post, "externalsystems", "CreateExternalSystem", "schedaero")
            .Add(HttpMethod.Get, "externalsystems/{id}", "GetExternalSystem", "schedaero")
            .Add(HttpMethod.Post, "webhooks/settings", "CreateWebhookSettings", "avinode")
            .Add(HttpMethod.Get, "webhooks/settings", "ListWebhookSettings", "avinode")
            .Add(HttpMethod.Get, "webhooks/settings/{id}", "GetWebhookSettings", "avinode")
            .Add(HttpMethod.Put, "webhooks/settings/{id}", "UpdateWebhookSettings", "avinode");
    }

    private protected override RouteTable Routes { get; }

    private protected override HttpResponseMessage NoRoute(HttpRequestMessage request, HttpStatusCode status) =>
        Finish(Errors(status, status == HttpStatusCode.NotFound ? "NOT_FOUND" : "ERR_METHOD_NOT_ALLOWED", status == HttpStatusCode.NotFound ? "Not found" : "Method not allowed"), request);

    private protected override HttpResponseMessage Fault(EmulatorRequest request, HttpStatusCode status) =>
        Finish(Errors(status, (int)status >= 500 ? "ERR_INTERNAL_CRITICAL" : "SANDBOX_FAULT", "Sandbox fault injection: HTTP " + ((int)status).ToString(CultureInfo.InvariantCulture)), request.Message);

    private protected override HttpResponseMessage Handle(EmulatorRequest request)
    {
        var response = Protocol(request, Bearer(request.Message)) ?? Dispatch(request);
        return Finish(response, request.Message);
    }

    private HttpResponseMessage Dispatch(EmulatorRequest request) => request.Operation switch
    {
        "GetPersonContact" => GetPerson(request),
        "GetCompanyContact" => GetCompany(request),
        "SetExternalIdentity" => SetIdentity(request),
        "GetTrip" => GetTrip(request),
        "GetTripReports" => request.Match["id"] == SeedTripId ? Data(ReportList(request, "trip", SeedTripId, "trips", "schedaero-trip")) : NotFound(),
        "GetFlightLeg" => GetFlightLeg(request),
        "GetFlightLegReports" => request.Match["id"] == SeedFlightLegId ? Data(ReportList(request, "leg", SeedFlightLegId, "flightlegs", "schedaero-flightleg")) : NotFound(),
        "GetQuote" => GetQuote(request),
        "GetQuotePdf" => GetQuotePdf(request),
        "GetTripsheetPdf" => GetTripsheetPdf(request),
        "CreateExternalSystem" => CreateExternalSystem(request),
        "GetExternalSystem" => GetExternalSystem(request),
        "CreateWebhookSettings" => CreateWebhook(request),
        "ListWebhookSettings" => ListWebhooks(request),
        "GetWebhookSettings" => webhooks.TryGetValue(request.Match["id"], out var settings) ? Data(settings.ToJson(request.BaseUri)) : NotFound(),
        _ => UpdateWebhook(request),
    };
}
