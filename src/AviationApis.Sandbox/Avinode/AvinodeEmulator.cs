using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using AviationApis.Sandbox.Emulation;
using AviationApis.Sandbox.Faults;
using AviationApis.Sandbox.Pdf;

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
public sealed class AvinodeEmulator : SandboxEmulator
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

    private static readonly TimeSpan MaxSkew = TimeSpan.FromMinutes(5);

    private static readonly HashSet<string> EventTypes = new(StringComparer.Ordinal)
    {
        "ClientLeads", "EmptyLegs", "TripRequest", "TripRequestSellerResponse", "TripRequestMine", "TripRequestSellerResponseMine",
        "TripChatFromBuyer", "TripChatFromSeller", "TripChatMine",
        "SchedAeroContacts", "SchedAeroPassengers", "SchedAeroLogistics", "SchedAeroCrewAssignments", "SchedAeroFlightLegs",
        "SchedAeroOwnQuoteReplies", "SchedAeroQuotedTrips", "SchedAeroQuotes", "SchedAeroScheduledTrips",
    };

    private static readonly (string Id, string Name, string Type)[] Reports =
    [
        ("report-10002", "Passenger by leg trip sheet", "PassengerTripSheet"),
        ("report-10011", "Pilot by leg trip sheet", "PilotTripSheet"),
    ];

    private readonly AviationSandboxOptions options;
    private readonly Dictionary<string, (long Window, int Calls)> rateCounters = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> externalSystems = new(StringComparer.Ordinal) { [SeedExternalSystemId] = "Sandbox CRM" };
    private readonly Dictionary<(string Contact, string System), Identity> identities = [];
    private readonly Dictionary<string, WebhookSettings> webhooks = new(StringComparer.Ordinal);
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

    private static string? Bearer(HttpRequestMessage request) =>
        request.Headers.Authorization is { Scheme: var scheme, Parameter: { Length: > 0 } parameter } && scheme.Equals("Bearer", StringComparison.OrdinalIgnoreCase) ? parameter : null;

    /// <summary>Every response, injected faults included, carries the API version and the connection's rate-limit headers.</summary>
    private HttpResponseMessage Finish(HttpResponseMessage response, HttpRequestMessage request)
    {
        lock (Gate)
        {
            AddRateHeaders(response, Bearer(request));
        }

        return WithVersion(response);
    }

    private HttpResponseMessage? Protocol(EmulatorRequest request, string? bearer)
    {
        foreach (var header in (string[])["X-Avinode-ApiToken", "Authorization", "X-Avinode-SentTimestamp", "X-Avinode-ApiVersion", "X-Avinode-Product"])
        {
            if (string.IsNullOrWhiteSpace(request.Header(header)))
            {
                return Errors(HttpStatusCode.BadRequest, "ERR_INPUT_MISSING", $"The header '{header}' is required");
            }
        }

        if (bearer is null)
        {
            return Errors(HttpStatusCode.BadRequest, "ERR_INPUT_GENERIC_INVALID", "Invalid value for header: Authorization");
        }

        if (request.Header("X-Avinode-ApiVersion") is not ("v1" or "v1.0"))
        {
            return Errors(HttpStatusCode.BadRequest, "ERR_INPUT_GENERIC_INVALID", "Invalid value for header: X-Avinode-ApiVersion");
        }

        if (!DateTimeOffset.TryParse(request.Header("X-Avinode-SentTimestamp"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var sent))
        {
            return Errors(HttpStatusCode.BadRequest, "ERR_INPUT_GENERIC_INVALID", "Invalid value for header: X-Avinode-SentTimestamp");
        }

        if ((TimeProvider.GetUtcNow() - sent).Duration() > MaxSkew)
        {
            return Errors(HttpStatusCode.BadRequest, "ERR_INPUT_GENERIC_INVALID", "The header 'X-Avinode-SentTimestamp' is more than 5 minutes off the server time");
        }

        if (!AviationSandboxOptions.Accepts(options.AvinodeApiToken, request.Header("X-Avinode-ApiToken"))
            || !AviationSandboxOptions.Accepts(options.AvinodeAuthorizationToken, bearer))
        {
            return Errors(HttpStatusCode.Unauthorized, "NOT_AUTHORIZED", "Invalid API token or authorization token");
        }

        var window = Window();
        rateCounters.TryGetValue(bearer, out var counter);
        counter = counter.Window == window ? (window, counter.Calls + 1) : (window, 1);
        rateCounters[bearer] = counter;
        if (counter.Calls > options.AvinodeRateLimitPerHour)
        {
            return Errors(HttpStatusCode.Forbidden, "RATE_LIMIT_EXCEEDED", "The rate limit of this API connection is reached until the next hour starts");
        }

        return null;
    }

    private long Window() => TimeProvider.GetUtcNow().ToUnixTimeSeconds() / 3600;

    private void AddRateHeaders(HttpResponseMessage response, string? bearer)
    {
        var now = TimeProvider.GetUtcNow().ToUnixTimeSeconds();
        var window = now / 3600;
        var calls = bearer is not null && rateCounters.TryGetValue(bearer, out var counter) && counter.Window == window ? counter.Calls : 0;
        var limit = options.AvinodeRateLimitPerHour;
        response.Headers.TryAddWithoutValidation("X-Rate-Limit-Limit", limit.ToString(CultureInfo.InvariantCulture));
        response.Headers.TryAddWithoutValidation("X-Rate-Limit-Remaining", Math.Max(0, limit - calls).ToString(CultureInfo.InvariantCulture));
        response.Headers.TryAddWithoutValidation("X-Rate-Limit-Reset", (((window + 1) * 3600) - now).ToString(CultureInfo.InvariantCulture));
    }

    private static HttpResponseMessage WithVersion(HttpResponseMessage response)
    {
        response.Headers.TryAddWithoutValidation("X-Avinode-ApiVersion", "v1");
        return response;
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

    private static string Href(EmulatorRequest request, string relative) => new Uri(request.BaseUri, relative).AbsoluteUri;

    private static JsonObject Ref(EmulatorRequest request, string collection, string id, string type) => new()
    {
        ["id"] = id,
        ["href"] = Href(request, collection + "/" + Uri.EscapeDataString(id)),
        ["type"] = type,
    };

    private HttpResponseMessage GetPerson(EmulatorRequest request)
    {
        var id = request.Match["id"];
        if (id != SeedContactId)
        {
            return NotFound();
        }

        var data = Ref(request, "contacts/people", id, "contact-person");
        data["firstName"] = "John";
        data["lastName"] = "Smith";
        data["email"] = "john.smith@example.com";
        data["phone"] = "+1 555 0100";
        if (request.QueryValues("fields[contact]").Contains("externalidentities", StringComparer.OrdinalIgnoreCase))
        {
            var list = new JsonArray();
            foreach (var ((contact, system), identity) in identities.OrderBy(i => i.Key.System, StringComparer.Ordinal))
            {
                if (contact != id)
                {
                    continue;
                }

                var relative = $"contacts/people/{Uri.EscapeDataString(contact)}/externalidentity/{Uri.EscapeDataString(system)}";
                list.AddNode(new JsonObject
                {
                    ["identifier"] = identity.Identifier,
                    ["name"] = identity.Name,
                    ["uri"] = identity.Uri,
                    ["isActive"] = identity.IsActive,
                    ["id"] = $"{contact}/externalidentity/{system}",
                    ["href"] = Href(request, relative),
                    ["type"] = "schedaero-identity",
                });
            }

            data["externalIdentities"] = list;
        }

        data["links"] = new JsonObject
        {
            ["company"] = Ref(request, "contacts/companies", SeedCompanyId, "contact-company"),
            ["trips"] = new JsonArray(Ref(request, "trips", SeedTripId, "schedaero-trip")),
            ["salesperson"] = Ref(request, "staff", "staff-123456789", "staff"),
        };
        return Data(data);
    }

    private HttpResponseMessage GetCompany(EmulatorRequest request)
    {
        if (request.Match["id"] != SeedCompanyId)
        {
            return NotFound();
        }

        var data = Ref(request, "contacts/companies", SeedCompanyId, "contact-company");
        data["name"] = "Acme Jets LLC";
        data["links"] = new JsonObject { ["employees"] = new JsonArray(Ref(request, "contacts/people", SeedContactId, "contact-person")) };
        return Data(data);
    }

    private HttpResponseMessage SetIdentity(EmulatorRequest request)
    {
        var contact = request.Match["id"];
        var system = request.Match["systemId"];
        if (contact != SeedContactId)
        {
            return NotFound();
        }

        if (!externalSystems.ContainsKey(system))
        {
            return Errors(HttpStatusCode.NotFound, "NOT_FOUND", $"External system '{system}' not found");
        }

        if (!request.TryReadJson(out var body) || body is not JsonObject)
        {
            return Errors(HttpStatusCode.BadRequest, "ERR_INPUT_GENERIC_INVALID", "The body must be a JSON object");
        }

        identities.TryGetValue((contact, system), out var existing);
        if (Json.String(body, "isActive") is { } active && bool.TryParse(active, out var isActive) && !isActive)
        {
            if (existing is not null)
            {
                existing.IsActive = false;
            }

            return Meta(HttpStatusCode.OK);
        }

        var identifier = Json.String(body, "identifier");
        if (string.IsNullOrWhiteSpace(identifier))
        {
            return Errors(HttpStatusCode.UnprocessableEntity, "ERR_INPUT_MISSING", "The identifier is required", "identifier");
        }

        if (identities.Any(i => i.Key.System == system && i.Key.Contact != contact && i.Value.IsActive && i.Value.Identifier == identifier))
        {
            return Errors(HttpStatusCode.UnprocessableEntity, "ERR_INPUT_GENERIC_INVALID", "The identifier must be unique across the contacts linked to this external system", "identifier");
        }

        var uri = Json.String(body, "uri");
        if (uri is not null && !Uri.TryCreate(uri, UriKind.Absolute, out _))
        {
            return Errors(HttpStatusCode.UnprocessableEntity, "ERR_INPUT_GENERIC_INVALID", "The uri must be an absolute URI", "uri");
        }

        identities[(contact, system)] = new Identity(identifier, Json.String(body, "name") ?? existing?.Name, uri ?? existing?.Uri) { IsActive = true };
        return Meta(HttpStatusCode.OK);
    }

    private HttpResponseMessage GetTrip(EmulatorRequest request)
    {
        if (request.Match["id"] != SeedTripId)
        {
            return NotFound();
        }

        var fields = request.QueryValues("fields[trip]");
        var data = new JsonObject();
        if (fields.Contains("origin", StringComparer.OrdinalIgnoreCase))
        {
            data["origin"] = "Avinode";
        }

        var avinodeId = fields.Contains("avinodeid", StringComparer.OrdinalIgnoreCase);
        if (avinodeId)
        {
            data["avinodeRfqId"] = "arfq-123456789";
        }

        foreach (var (name, value) in Ref(request, "trips", SeedTripId, "schedaero-trip").ToList())
        {
            data[name] = value?.DeepClone();
        }

        data["tripNumber"] = "SA-1001";
        var links = new JsonObject
        {
            ["requester"] = Ref(request, "contacts/people", SeedContactId, "contact-person"),
            ["salesperson"] = Ref(request, "staff", "staff-123456789", "staff"),
            ["itinerary"] = new JsonArray(Ref(request, "flightlegs", SeedFlightLegId, "schedaero-flightleg")),
            ["quotes"] = new JsonArray(Ref(request, "quotes", SeedQuoteId, "schedaero-quote")),
            ["reports"] = new JsonObject { ["href"] = Href(request, $"trips/{SeedTripId}/reports") },
        };
        if (avinodeId)
        {
            links["avinode-rfq"] = new JsonObject { ["href"] = new Uri(MarketplaceBase(request.BaseUri), "rfqs/arfq-123456789").AbsoluteUri };
        }

        data["links"] = links;
        return Data(data);
    }

    /// <summary>
    /// The Avinode Marketplace base matching a SchedAero base: <c>sandbox-schedaero.avinode.com</c> →
    /// <c>sandbox.avinode.com</c>, <c>schedaero.avinode.com</c> → <c>services.avinode.com</c>, a <c>/schedaero/</c>
    /// path segment → <c>/avinode/</c> (the hosted sandbox); otherwise the same base.
    /// </summary>
    private static Uri MarketplaceBase(Uri baseUri)
    {
        var builder = new UriBuilder(baseUri);
        if (builder.Host.StartsWith("sandbox-schedaero.", StringComparison.OrdinalIgnoreCase))
        {
            builder.Host = "sandbox." + builder.Host["sandbox-schedaero.".Length..];
        }
        else if (builder.Host.StartsWith("schedaero.", StringComparison.OrdinalIgnoreCase))
        {
            builder.Host = "services." + builder.Host["schedaero.".Length..];
        }
        else
        {
            builder.Path = builder.Path.Replace("/schedaero/", "/avinode/", StringComparison.OrdinalIgnoreCase);
        }

        return builder.Uri;
    }

    private HttpResponseMessage GetFlightLeg(EmulatorRequest request)
    {
        if (request.Match["id"] != SeedFlightLegId)
        {
            return NotFound();
        }

        var data = Ref(request, "flightlegs", SeedFlightLegId, "schedaero-flightleg");
        data["departureAirport"] = new JsonObject { ["icao"] = "KTEB", ["iata"] = "TEB", ["name"] = "Teterboro" };
        data["arrivalAirport"] = new JsonObject { ["icao"] = "KPBI", ["iata"] = "PBI", ["name"] = "Palm Beach International" };
        data["departureTimeUtc"] = Timestamp(legDeparture);
        data["arrivalTimeUtc"] = Timestamp(legDeparture.AddMinutes(155));
        data["links"] = new JsonObject
        {
            ["trip"] = Ref(request, "trips", SeedTripId, "schedaero-trip"),
            ["lift"] = Ref(request, "lift", "schedaero-lift-123456789", "lift"),
            ["crew"] = new JsonArray(),
            ["reports"] = new JsonObject { ["href"] = Href(request, $"flightlegs/{SeedFlightLegId}/reports") },
        };
        return Data(data);
    }

    private static string Timestamp(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private static JsonArray ReportList(EmulatorRequest request, string ownerName, string ownerId, string collection, string ownerType)
    {
        var list = new JsonArray();
        foreach (var (id, name, type) in Reports)
        {
            var reportId = $"{ownerId}-{id}";
            list.AddNode(new JsonObject
            {
                ["report"] = new JsonObject
                {
                    ["name"] = name,
                    ["reportType"] = type,
                    ["id"] = id,
                    ["href"] = Href(request, "reports/" + id),
                    ["type"] = "report",
                },
                [ownerName] = Ref(request, collection, ownerId, ownerType),
                ["id"] = reportId,
                ["type"] = ownerName == "trip" ? "report-trip" : "report-flightleg",
                ["links"] = new JsonObject { ["generate-pdf"] = new JsonObject { ["href"] = Href(request, "streams/tripsheets/" + reportId) } },
            });
        }

        return list;
    }

    private HttpResponseMessage GetQuote(EmulatorRequest request)
    {
        if (request.Match["id"] != SeedQuoteId)
        {
            return NotFound();
        }

        var data = Ref(request, "quotes", SeedQuoteId, "schedaero-quote");
        data["links"] = new JsonObject
        {
            ["trip"] = Ref(request, "trips", SeedTripId, "schedaero-trip"),
            ["generate-pdf"] = new JsonObject { ["href"] = Href(request, "streams/quotes/" + SeedQuoteId) },
        };
        return Data(data);
    }

    private HttpResponseMessage GetQuotePdf(EmulatorRequest request) =>
        request.Match["id"] != SeedQuoteId
            ? NotFound()
            : Pdf(SeedQuoteFileName, MinimalPdf.Create("Quote N100AB (Gulfstream V)", [
                "Trip SA-1001: KTEB Teterboro to KPBI Palm Beach International",
                "Departure " + Timestamp(legDeparture) + ", 2 h 35 min, 4 passengers",
                "Total USD 28,650.00",
                "AviationApis sandbox document: not a real quote."]));

    private HttpResponseMessage GetTripsheetPdf(EmulatorRequest request)
    {
        var id = request.Match["id"];
        foreach (var owner in (string[])[SeedTripId, SeedFlightLegId])
        {
            foreach (var (reportId, name, _) in Reports)
            {
                if (id == $"{owner}-{reportId}")
                {
                    return Pdf($"{name} SA-1001.pdf", MinimalPdf.Create(name, [
                        "Trip SA-1001" + (owner == SeedFlightLegId ? ", leg KTEB-KPBI only" : ", all legs"),
                        "KTEB Teterboro " + Timestamp(legDeparture) + " to KPBI Palm Beach International",
                        "AviationApis sandbox document."]));
                }
            }
        }

        return NotFound();
    }

    private static HttpResponseMessage Pdf(string fileName, byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        content.Headers.TryAddWithoutValidation("Content-Disposition", $"attachment; filename=\"{fileName}\"");
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = content };
    }

    private HttpResponseMessage CreateExternalSystem(EmulatorRequest request)
    {
        if (!request.TryReadJson(out var body) || body is not JsonObject)
        {
            return Errors(HttpStatusCode.BadRequest, "ERR_INPUT_GENERIC_INVALID", "The body must be a JSON object");
        }

        var name = Json.String(body, "name");
        if (string.IsNullOrWhiteSpace(name))
        {
            return Errors(HttpStatusCode.UnprocessableEntity, "ERR_INPUT_MISSING", "The name is required", "name");
        }

        if (externalSystems.Values.Contains(name, StringComparer.OrdinalIgnoreCase))
        {
            return Errors(HttpStatusCode.UnprocessableEntity, "ERR_INPUT_GENERIC_INVALID", $"An external system named '{name}' already exists", "name");
        }

        var id = string.Create(CultureInfo.InvariantCulture, $"external-system-{nextExternalSystem++}");
        externalSystems[id] = name;
        var response = Meta(HttpStatusCode.Created);
        response.Headers.Location = new Uri(Href(request, "externalsystems/" + id));
        return response;
    }

    private HttpResponseMessage GetExternalSystem(EmulatorRequest request)
    {
        var id = request.Match["id"];
        if (!externalSystems.TryGetValue(id, out var name))
        {
            return NotFound();
        }

        var data = Ref(request, "externalsystems", id, "external-system");
        data["name"] = name;
        return Data(data);
    }

    private HttpResponseMessage CreateWebhook(EmulatorRequest request)
    {
        if (!request.TryReadJson(out var body) || body is not JsonObject)
        {
            return Errors(HttpStatusCode.BadRequest, "ERR_INPUT_GENERIC_INVALID", "The body must be a JSON object");
        }

        var settings = new WebhookSettings(string.Create(CultureInfo.InvariantCulture, $"whs-{nextWebhook++}"));
        if (settings.Apply(body, creating: true) is { } error)
        {
            nextWebhook--;
            return error;
        }

        webhooks[settings.Id] = settings;
        var response = Data(settings.ToJson(request.BaseUri), HttpStatusCode.Created);
        response.Headers.Location = new Uri(Href(request, "webhooks/settings/" + settings.Id));
        return response;
    }

    private HttpResponseMessage ListWebhooks(EmulatorRequest request)
    {
        var list = new JsonArray();
        foreach (var settings in webhooks.Values.OrderBy(w => w.Id, StringComparer.Ordinal))
        {
            list.AddNode(settings.ToJson(request.BaseUri));
        }

        return Data(list);
    }

    private HttpResponseMessage UpdateWebhook(EmulatorRequest request)
    {
        if (!webhooks.TryGetValue(request.Match["id"], out var settings))
        {
            return NotFound();
        }

        if (!request.TryReadJson(out var body) || body is not JsonObject)
        {
            return Errors(HttpStatusCode.BadRequest, "ERR_INPUT_GENERIC_INVALID", "The body must be a JSON object");
        }

        var copy = settings.Copy();
        if (copy.Apply(body, creating: false) is { } error)
        {
            return error;
        }

        copy.Version = settings.Version + 1;
        webhooks[copy.Id] = copy;
        return Data(copy.ToJson(request.BaseUri));
    }

    private static HttpResponseMessage Data(JsonNode data, HttpStatusCode status = HttpStatusCode.OK) =>
        Json.Response(status, new JsonObject { ["data"] = data, ["meta"] = new JsonObject() });

    private static HttpResponseMessage Meta(HttpStatusCode status) => Json.Response(status, new JsonObject { ["meta"] = new JsonObject() });

    private static HttpResponseMessage NotFound() => Errors(HttpStatusCode.NotFound, "NOT_FOUND", "Not found");

    internal static HttpResponseMessage Errors(HttpStatusCode status, string code, string title, string? path = null)
    {
        var error = new JsonObject { ["code"] = code, ["title"] = title };
        if (path is not null)
        {
            error["path"] = path;
        }

        return Json.Response(status, new JsonObject
        {
            ["meta"] = new JsonObject { ["errors"] = new JsonArray(error), ["warnings"] = new JsonArray(), ["infos"] = new JsonArray() },
        });
    }

    private sealed class Identity(string identifier, string? name, string? uri)
    {
        public string Identifier { get; } = identifier;

        public string? Name { get; } = name;

        public string? Uri { get; } = uri;

        public bool IsActive { get; set; }
    }

    private sealed class WebhookSettings(string id)
    {
        public string Id { get; } = id;

        public int Version { get; set; } = 1;

        public string TargetUri { get; private set; } = string.Empty;

        public string DisplayName { get; private set; } = string.Empty;

        public bool Active { get; private set; } = true;

        public string? ClientIdentifier { get; private set; }

        public string? ClientSecret { get; private set; }

        public string ClientAuthenticationType { get; private set; } = "BASIC";

        public List<string> EventTypes { get; private set; } = [];

        public WebhookSettings Copy() => new(Id)
        {
            Version = Version, TargetUri = TargetUri, DisplayName = DisplayName, Active = Active, ClientIdentifier = ClientIdentifier,
            ClientSecret = ClientSecret, ClientAuthenticationType = ClientAuthenticationType, EventTypes = [.. EventTypes],
        };

        /// <summary>Applies the members present in <paramref name="body"/>; returns the 4xx answer when invalid.</summary>
        public HttpResponseMessage? Apply(JsonNode body, bool creating)
        {
            var target = Json.String(body, "targetURI") ?? (creating ? null : TargetUri);
            if (string.IsNullOrWhiteSpace(target))
            {
                return Errors(HttpStatusCode.UnprocessableEntity, "ERR_INPUT_MISSING", "The targetURI is required", "targetURI");
            }

            if (!System.Uri.TryCreate(target, UriKind.Absolute, out var targetUri)
                || (targetUri.Scheme != System.Uri.UriSchemeHttps && !(targetUri.Scheme == System.Uri.UriSchemeHttp && targetUri.IsLoopback)))
            {
                return Errors(HttpStatusCode.UnprocessableEntity, "ERR_INPUT_GENERIC_INVALID", "The targetURI must be an absolute HTTPS URI (HTTP is accepted for loopback hosts in the sandbox)", "targetURI");
            }

            var display = Json.String(body, "displayName") ?? (creating ? null : DisplayName);
            if (string.IsNullOrWhiteSpace(display))
            {
                return Errors(HttpStatusCode.UnprocessableEntity, "ERR_INPUT_MISSING", "The displayName is required", "displayName");
            }

            var authType = Json.String(body, "clientAuthenticationType") ?? ClientAuthenticationType;
            if (authType != "BASIC")
            {
                return Errors(HttpStatusCode.UnprocessableEntity, "ERR_INPUT_GENERIC_INVALID", "The clientAuthenticationType must be BASIC", "clientAuthenticationType");
            }

            var events = EventTypes;
            if (body["eventTypes"] is JsonArray array)
            {
                events = [];
                for (var i = 0; i < array.Count; i++)
                {
                    var name = Json.Text(array[i]);
                    if (name is null || !AvinodeEmulator.EventTypes.Contains(name))
                    {
                        return Errors(HttpStatusCode.UnprocessableEntity, "ERR_INPUT_GENERIC_INVALID", $"Unknown event type '{name}'", $"eventTypes[{i}]");
                    }

                    events.Add(name);
                }
            }

            if (events.Count == 0)
            {
                return Errors(HttpStatusCode.UnprocessableEntity, "ERR_INPUT_MISSING", "At least one event type is required", "eventTypes");
            }

            TargetUri = target;
            DisplayName = display;
            ClientAuthenticationType = authType;
            EventTypes = events;
            Active = Json.Bool(body, "active") ?? (creating || Active);
            ClientIdentifier = Json.String(body, "clientIdentifier") ?? ClientIdentifier;
            ClientSecret = Json.String(body, "clientSecret") ?? ClientSecret;
            return null;
        }

        /// <summary>The settings as the server shows them: the client secret is never echoed.</summary>
        public JsonObject ToJson(Uri baseUri)
        {
            var events = new JsonArray();
            foreach (var name in EventTypes)
            {
                events.AddNode(name);
            }

            return new JsonObject
            {
                ["id"] = Id,
                ["href"] = new Uri(baseUri, "webhooks/settings/" + Id).AbsoluteUri,
                ["type"] = "webhooks-settings",
                ["version"] = Version,
                ["targetURI"] = TargetUri,
                ["displayName"] = DisplayName,
                ["active"] = Active,
                ["clientIdentifier"] = ClientIdentifier,
                ["clientAuthenticationType"] = ClientAuthenticationType,
                ["eventTypes"] = events,
            };
        }
    }
}
