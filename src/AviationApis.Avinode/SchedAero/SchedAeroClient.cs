using AviationApis.Avinode.Envelope;
using AviationApis.Avinode.Files;
using AviationApis.Avinode.Json;
using AviationApis.Avinode.Notifications;
using AviationApis.Avinode.Resources;
using AviationApis.Avinode.SchedAero.Contacts;
using AviationApis.Avinode.SchedAero.FlightLegs;
using AviationApis.Avinode.SchedAero.Quotes;
using AviationApis.Avinode.SchedAero.Reports;
using AviationApis.Avinode.SchedAero.Trips;
using AviationApis.Avinode.Transport;
using AviationApis.Avinode.Webhooks;
using AviationApis.Core.Errors;
using AviationApis.Core.Http;
using AviationApis.Core.RateLimits;

namespace AviationApis.Avinode.SchedAero;

/// <summary>The SchedAero API client of one connection.</summary>
internal sealed class SchedAeroClient : ISchedAeroClient
{
    private static readonly ApiOperation GetPersonOperation = new("SchedAero.GetPerson", Idempotency.Idempotent);
    private static readonly ApiOperation GetCompanyOperation = new("SchedAero.GetCompany", Idempotency.Idempotent);
    private static readonly ApiOperation GetTripOperation = new("SchedAero.GetTrip", Idempotency.Idempotent);
    private static readonly ApiOperation GetTripReportsOperation = new("SchedAero.GetTripReports", Idempotency.Idempotent);
    private static readonly ApiOperation GetFlightLegOperation = new("SchedAero.GetFlightLeg", Idempotency.Idempotent);
    private static readonly ApiOperation GetFlightLegReportsOperation = new("SchedAero.GetFlightLegReports", Idempotency.Idempotent);
    private static readonly ApiOperation GetQuoteOperation = new("SchedAero.GetQuote", Idempotency.Idempotent);
    private static readonly ApiOperation GetLinkOperation = new("SchedAero.GetLink", Idempotency.Idempotent);
    private static readonly ApiOperation GetNotificationResourceOperation = new("SchedAero.GetNotificationResource", Idempotency.Idempotent);
    private static readonly ApiOperation DownloadPdfOperation = new("SchedAero.DownloadPdf", Idempotency.Idempotent, StreamResponse: true);
    private static readonly ApiOperation CreateExternalSystemOperation = new("SchedAero.CreateExternalSystem", Idempotency.NonIdempotent);
    private static readonly ApiOperation SetExternalIdentityOperation = new("SchedAero.SetExternalIdentity", Idempotency.Idempotent);
    private static readonly ApiOperation DeactivateExternalIdentityOperation = new("SchedAero.DeactivateExternalIdentity", Idempotency.Idempotent);

    private readonly AvinodeConnection _connection;

    public SchedAeroClient(AvinodeConnection connection) => _connection = connection;

    public string ConnectionName => _connection.Name;

    public RateLimitInfo? RateLimit => _connection.GetRateLimit(AvinodeService.SchedAero);

    public IAvinodeWebhookClient Webhooks => _connection.Webhooks;

    public Task<AvinodeResponse<ContactPerson>> GetPersonAsync(ResourceId personId, SparseFields? fields = null, CancellationToken cancellationToken = default) =>
        GetByIdAsync("contacts/people/", personId, fields, GetPersonOperation, AvinodeJsonContext.Wire.AvinodeEnvelopeContactPerson, cancellationToken);

    public Task<AvinodeResponse<ContactCompany>> GetCompanyAsync(ResourceId companyId, SparseFields? fields = null, CancellationToken cancellationToken = default) =>
        GetByIdAsync("contacts/companies/", companyId, fields, GetCompanyOperation, AvinodeJsonContext.Wire.AvinodeEnvelopeContactCompany, cancellationToken);

    public async Task<AvinodeResponse<IReadOnlyList<ExternalIdentity>>> GetExternalIdentitiesAsync(ResourceId contactId, ContactKind kind = ContactKind.Person, CancellationToken cancellationToken = default)
    {
        if (kind == ContactKind.Company)
        {
            var company = await GetCompanyAsync(contactId, SchedAeroFields.ContactExternalIdentities, cancellationToken).ConfigureAwait(false);
            return new AvinodeResponse<IReadOnlyList<ExternalIdentity>>(company.Data.ExternalIdentities ?? [], company.StatusCode, company.Meta, company.RateLimit);
        }

        var person = await GetPersonAsync(contactId, SchedAeroFields.ContactExternalIdentities, cancellationToken).ConfigureAwait(false);
        return new AvinodeResponse<IReadOnlyList<ExternalIdentity>>(person.Data.ExternalIdentities ?? [], person.StatusCode, person.Meta, person.RateLimit);
    }

    public Task<AvinodeResponse<Trip>> GetTripAsync(ResourceId tripId, SparseFields? fields = null, CancellationToken cancellationToken = default) =>
        GetByIdAsync("trips/", tripId, fields, GetTripOperation, AvinodeJsonContext.Wire.AvinodeEnvelopeTrip, cancellationToken);

    public Task<AvinodeResponse<IReadOnlyList<TripsheetReport>>> GetTripReportsAsync(ResourceId tripId, CancellationToken cancellationToken = default) =>
        GetByIdAsync("trips/", tripId, null, GetTripReportsOperation, AvinodeJsonContext.Wire.AvinodeEnvelopeTripsheetReports, cancellationToken, "/reports");

    public Task<AvinodeResponse<FlightLeg>> GetFlightLegAsync(ResourceId flightLegId, SparseFields? fields = null, CancellationToken cancellationToken = default) =>
        GetByIdAsync("flightlegs/", flightLegId, fields, GetFlightLegOperation, AvinodeJsonContext.Wire.AvinodeEnvelopeFlightLeg, cancellationToken);

    public Task<AvinodeResponse<IReadOnlyList<TripsheetReport>>> GetFlightLegReportsAsync(ResourceId flightLegId, CancellationToken cancellationToken = default) =>
        GetByIdAsync("flightlegs/", flightLegId, null, GetFlightLegReportsOperation, AvinodeJsonContext.Wire.AvinodeEnvelopeTripsheetReports, cancellationToken, "/reports");

    public Task<AvinodeResponse<Quote>> GetQuoteAsync(ResourceId quoteId, SparseFields? fields = null, CancellationToken cancellationToken = default) =>
        GetByIdAsync("quotes/", quoteId, fields, GetQuoteOperation, AvinodeJsonContext.Wire.AvinodeEnvelopeQuote, cancellationToken);

    public async Task<AvinodeResponse<T>> GetAsync<T>(ResourceLink link, SparseFields? fields = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(link);
        ArgumentException.ThrowIfNullOrWhiteSpace(link.Href, nameof(link));
        var typeInfo = AvinodeJsonContext.EnvelopeOf<T>();
        var service = ServiceOf(link.Href);
        using var request = _connection.CreateHrefRequest(HttpMethod.Get, service, link.Href, GetLinkOperation, fields);
        return await _connection.SendAsync(request, typeInfo, service, cancellationToken).ConfigureAwait(false);
    }

    public async Task<AvinodeFileDownload> DownloadPdfAsync(ResourceLink generatePdfLink, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(generatePdfLink);
        ArgumentException.ThrowIfNullOrWhiteSpace(generatePdfLink.Href, nameof(generatePdfLink));
        var service = ServiceOf(generatePdfLink.Href);
        var request = _connection.CreateHrefRequest(HttpMethod.Get, service, generatePdfLink.Href, DownloadPdfOperation);
        request.Headers.Accept.Clear();
        request.Headers.Accept.ParseAdd("application/pdf");
        request.Headers.Accept.ParseAdd("*/*;q=0.8");
        // The request carries no content; the download owns the response and closes it when disposed.
        return await _connection.DownloadAsync(request, service, cancellationToken).ConfigureAwait(false);
    }

    public async Task<AvinodeResponse<CreatedResource>> CreateExternalSystemAsync(string name, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw ApiExceptionFactory.ClientValidation(CreateExternalSystemOperation, new ApiFieldError("name", "The external system's name is required."));
        }

        using var request = _connection.CreateRequest(
            HttpMethod.Post,
            AvinodeService.SchedAero,
            "externalsystems",
            CreateExternalSystemOperation,
            content: JsonRequestContent.Create(new ExternalSystemWire(name), AvinodeJsonContext.Wire.ExternalSystemWire));
        return await _connection.SendCreateAsync(request, AvinodeService.SchedAero, cancellationToken).ConfigureAwait(false);
    }

    public async Task<AvinodeResponse> SetExternalIdentityAsync(ResourceId contactId, ResourceId externalSystemId, ExternalIdentityUpdate identity, ContactKind kind = ContactKind.Person, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(identity);
        var errors = new List<ApiFieldError>();
        RequireId(errors, contactId, "contactId");
        RequireId(errors, externalSystemId, "externalSystemId");
        if (string.IsNullOrWhiteSpace(identity.Identifier))
        {
            errors.Add(new ApiFieldError("identifier", "The identifier in the external system is required."));
        }

        if (identity.Uri is { IsAbsoluteUri: false })
        {
            errors.Add(new ApiFieldError("uri", "The deep link must be an absolute URI."));
        }

        if (errors.Count > 0)
        {
            throw ApiExceptionFactory.ClientValidation(SetExternalIdentityOperation, [.. errors]);
        }

        var body = new ExternalIdentityWire(identity.Identifier, identity.Name, identity.Uri?.AbsoluteUri);
        using var request = _connection.CreateRequest(
            HttpMethod.Patch,
            AvinodeService.SchedAero,
            IdentityPath(contactId, externalSystemId, kind),
            SetExternalIdentityOperation,
            content: JsonRequestContent.Create(body, AvinodeJsonContext.Wire.ExternalIdentityWire));
        return await _connection.SendForMetaAsync(request, AvinodeService.SchedAero, cancellationToken).ConfigureAwait(false);
    }

    public async Task<AvinodeResponse> DeactivateExternalIdentityAsync(ResourceId contactId, ResourceId externalSystemId, ContactKind kind = ContactKind.Person, CancellationToken cancellationToken = default)
    {
        var errors = new List<ApiFieldError>();
        RequireId(errors, contactId, "contactId");
        RequireId(errors, externalSystemId, "externalSystemId");
        if (errors.Count > 0)
        {
            throw ApiExceptionFactory.ClientValidation(DeactivateExternalIdentityOperation, [.. errors]);
        }

        using var request = _connection.CreateRequest(
            HttpMethod.Patch,
            AvinodeService.SchedAero,
            IdentityPath(contactId, externalSystemId, kind),
            DeactivateExternalIdentityOperation,
            content: JsonRequestContent.Create(new ExternalIdentityDeactivationWire(), AvinodeJsonContext.Wire.ExternalIdentityDeactivationWire));
        return await _connection.SendForMetaAsync(request, AvinodeService.SchedAero, cancellationToken).ConfigureAwait(false);
    }

    public async Task<AvinodeResponse<T>> GetNotificationResourceAsync<T>(AvinodeNotification notification, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(notification);
        if (string.IsNullOrWhiteSpace(notification.Href) || !Uri.TryCreate(notification.Href, UriKind.Absolute, out var href))
        {
            throw new ArgumentException("The notification carries no absolute href.", nameof(notification));
        }

        if (href.Scheme is not ("https" or "http"))
        {
            throw new ArgumentException("The notification carries no http(s) href.", nameof(notification));
        }

        // A href on another origin, or outside the configured base paths, is refused by the pipeline before anything is
        // sent (OriginNotAllowedException).
        var typeInfo = AvinodeJsonContext.EnvelopeOf<T>();
        var service = ServiceOf(notification.Href);
        using var request = _connection.CreateHrefRequest(HttpMethod.Get, service, notification.Href, GetNotificationResourceOperation);
        return await _connection.SendAsync(request, typeInfo, service, cancellationToken).ConfigureAwait(false);
    }

    public Uri GetImportedAvinodeRfqDeepLink(ResourceId avinodeRfqId) => SchedAeroDeepLinks.FromImportedAvinodeRfq(_connection.BaseAddress, avinodeRfqId);

    private static string IdentityPath(ResourceId contactId, ResourceId externalSystemId, ContactKind kind) =>
        (kind == ContactKind.Company ? "contacts/companies/" : "contacts/people/")
        + ApiUri.Segment(contactId.ToString()) + "/externalidentity/" + ApiUri.Segment(externalSystemId.ToString());

    private static void RequireId(List<ApiFieldError> errors, ResourceId id, string name)
    {
        if (id.IsEmpty)
        {
            errors.Add(new ApiFieldError(name, "The id is required."));
        }
    }

    private AvinodeService ServiceOf(string href) =>
        Uri.TryCreate(href, UriKind.Absolute, out var uri)
        && !string.Equals(uri.Host, _connection.BaseAddress.Host, StringComparison.OrdinalIgnoreCase)
        && string.Equals(uri.Host, _connection.WebhookBaseAddress.Host, StringComparison.OrdinalIgnoreCase)
            ? AvinodeService.Avinode
            : AvinodeService.SchedAero;

    private async Task<AvinodeResponse<T>> GetByIdAsync<T>(
        string collection,
        ResourceId id,
        SparseFields? fields,
        ApiOperation operation,
        System.Text.Json.Serialization.Metadata.JsonTypeInfo<AvinodeEnvelopeWire<T>> typeInfo,
        CancellationToken cancellationToken,
        string suffix = "")
    {
        if (id.IsEmpty)
        {
            throw ApiExceptionFactory.ClientValidation(operation, new ApiFieldError("id", "The id is required."));
        }

        using var request = _connection.CreateRequest(HttpMethod.Get, AvinodeService.SchedAero, collection + ApiUri.Segment(id.ToString()) + suffix, operation, fields);
        return await _connection.SendAsync(request, typeInfo, AvinodeService.SchedAero, cancellationToken).ConfigureAwait(false);
    }
}
