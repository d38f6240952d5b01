using AviationApis.Avinode.DependencyInjection;
using AviationApis.Avinode.Envelope;
using AviationApis.Avinode.Files;
using AviationApis.Avinode.Notifications;
using AviationApis.Avinode.Options;
using AviationApis.Avinode.Resources;
using AviationApis.Avinode.SchedAero.Contacts;
using AviationApis.Avinode.SchedAero.FlightLegs;
using AviationApis.Avinode.SchedAero.Quotes;
using AviationApis.Avinode.SchedAero.Reports;
using AviationApis.Avinode.SchedAero.Trips;
using AviationApis.Avinode.Webhooks;
using AviationApis.Core.RateLimits;

namespace AviationApis.Avinode.SchedAero;

/// <summary>
/// The SchedAero API of one API connection (one company account). Resolve it from DI for the default connection, or
/// from <see cref="ISchedAeroClientFactory.Get"/> for a named one. Every call sends the Avinode headers with a fresh
/// timestamp per attempt; reads, identity updates and settings updates are retried on transient failures, creates are
/// not. Failures throw <see cref="AviationApis.Core.Errors.AviationApiException"/> subclasses; soft errors are on the
/// result's <c>Meta</c> (or thrown when <see cref="AvinodeClientOptions.TreatSoftErrorsAsExceptions"/> is set).
/// Operations returning <see cref="AvinodeResponse{T}"/> always carry the data: an answer without it is an
/// <see cref="AviationApis.Core.Errors.InvalidResponseException"/>, or an <see cref="Errors.AvinodeSoftErrorException"/>
/// when the server reported soft errors, whatever that option says (there is nothing to return).
/// </summary>
public interface ISchedAeroClient
{
    /// <summary>The connection's registration name.</summary>
    string ConnectionName { get; }

    /// <summary>The rate-limit state the SchedAero API reported on its latest response to this connection, if any.</summary>
    RateLimitInfo? RateLimit { get; }

    /// <summary>Webhook settings of this connection (called on the Avinode host, as the vendor requires).</summary>
    IAvinodeWebhookClient Webhooks { get; }

    /// <summary>Reads a person contact (<c>GET /contacts/people/{id}</c>).</summary>
    /// <param name="personId">The contact's id.</param>
    /// <param name="fields">Optional sparse fields, e.g. <see cref="SchedAeroFields.ContactExternalIdentities"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The contact.</returns>
    Task<AvinodeResponse<ContactPerson>> GetPersonAsync(ResourceId personId, SparseFields? fields = null, CancellationToken cancellationToken = default);

    /// <summary>Reads a company contact (<c>GET /contacts/companies/{id}</c>).</summary>
    /// <param name="companyId">The contact's id.</param>
    /// <param name="fields">Optional sparse fields.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The contact.</returns>
    Task<AvinodeResponse<ContactCompany>> GetCompanyAsync(ResourceId companyId, SparseFields? fields = null, CancellationToken cancellationToken = default);

    /// <summary>Reads a contact's external identities (the contact read with <c>fields[contact]=externalidentities</c>).</summary>
    /// <param name="contactId">The contact's id.</param>
    /// <param name="kind">Whether the contact is a person or a company.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The identities (active and inactive); empty when none.</returns>
    Task<AvinodeResponse<IReadOnlyList<ExternalIdentity>>> GetExternalIdentitiesAsync(ResourceId contactId, ContactKind kind = ContactKind.Person, CancellationToken cancellationToken = default);

    /// <summary>Reads a quoted or scheduled trip (<c>GET /trips/{id}</c>).</summary>
    /// <param name="tripId">The trip's id.</param>
    /// <param name="fields">Optional sparse fields, e.g. <see cref="SchedAeroFields.TripAvinodeOrigin"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The trip.</returns>
    Task<AvinodeResponse<Trip>> GetTripAsync(ResourceId tripId, SparseFields? fields = null, CancellationToken cancellationToken = default);

    /// <summary>Lists a trip's tripsheets (<c>GET /trips/{id}/reports</c>); each covers all legs of the trip.</summary>
    /// <param name="tripId">The trip's id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The tripsheets, each with its <c>generate-pdf</c> link.</returns>
    Task<AvinodeResponse<IReadOnlyList<TripsheetReport>>> GetTripReportsAsync(ResourceId tripId, CancellationToken cancellationToken = default);

    /// <summary>Reads a flight leg (<c>GET /flightlegs/{id}</c>).</summary>
    /// <param name="flightLegId">The leg's id.</param>
    /// <param name="fields">Optional sparse fields.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The leg.</returns>
    Task<AvinodeResponse<FlightLeg>> GetFlightLegAsync(ResourceId flightLegId, SparseFields? fields = null, CancellationToken cancellationToken = default);

    /// <summary>Lists a flight leg's tripsheets (<c>GET /flightlegs/{id}/reports</c>); each covers that leg only.</summary>
    /// <param name="flightLegId">The leg's id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The tripsheets.</returns>
    Task<AvinodeResponse<IReadOnlyList<TripsheetReport>>> GetFlightLegReportsAsync(ResourceId flightLegId, CancellationToken cancellationToken = default);

    /// <summary>Reads a quote (<c>GET /quotes/{id}</c>).</summary>
    /// <param name="quoteId">The quote's id.</param>
    /// <param name="fields">Optional sparse fields.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The quote.</returns>
    Task<AvinodeResponse<Quote>> GetQuoteAsync(ResourceId quoteId, SparseFields? fields = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Follows a relationship by its <c>href</c> (the vendor asks applications to use the href provided).
    /// <typeparamref name="T"/> is one of <see cref="ContactPerson"/>, <see cref="ContactCompany"/>, <see cref="Trip"/>,
    /// <see cref="FlightLeg"/>, <see cref="Quote"/>, <see cref="TripsheetReport"/>, <c>IReadOnlyList&lt;TripsheetReport&gt;</c>,
    /// <see cref="ExternalIdentity"/>, <see cref="WebhookSettings"/>, or <see cref="System.Text.Json.JsonElement"/>
    /// for resources this version does not model (staff, lift, crew assignments, logistics, passengers).
    /// </summary>
    /// <typeparam name="T">The resource type.</typeparam>
    /// <param name="link">The link from a response.</param>
    /// <param name="fields">Optional sparse fields.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The resource.</returns>
    Task<AvinodeResponse<T>> GetAsync<T>(ResourceLink link, SparseFields? fields = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Streams a PDF from a <c>generate-pdf</c> link (quotes and tripsheets). The body is never buffered and the call
    /// is not retried once the headers have arrived. Dispose the result.
    /// </summary>
    /// <param name="generatePdfLink">The <c>generate-pdf</c> link, e.g. <see cref="QuoteLinks.GeneratePdf"/>.</param>
    /// <param name="cancellationToken">Cancels the call (and the reading of headers).</param>
    /// <returns>The streamed file with its content type, file name and length.</returns>
    Task<AvinodeFileDownload> DownloadPdfAsync(ResourceLink generatePdfLink, CancellationToken cancellationToken = default);

    /// <summary>
    /// Registers an external system (<c>POST /externalsystems</c>). Names are unique: a duplicate fails with
    /// <see cref="AviationApis.Core.Errors.ValidationFailedException"/> (HTTP 422). Not retried (it creates). Store the
    /// returned id: setting identities needs it. The vendor answers 201 with the new system's <c>Location</c> and a
    /// meta-only body (seed <c>004</c>, "Create external system"; <c>specs/avinode.md</c> §3, D-extid): the result's data is
    /// read from that header.
    /// </summary>
    /// <param name="name">The system's unique name, e.g. <c>MyCRM</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new system's id and location.</returns>
    /// <exception cref="Errors.AvinodeSoftErrorException">The server reported soft errors and returned no <c>Location</c> (whatever <c>TreatSoftErrorsAsExceptions</c> says).</exception>
    /// <exception cref="AviationApis.Core.Errors.InvalidResponseException">The answer carried no <c>Location</c> and no errors.</exception>
    Task<AvinodeResponse<CreatedResource>> CreateExternalSystemAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>Sets (creates or replaces) a contact's identity in an external system (<c>PATCH .../externalidentity/{systemId}</c>).</summary>
    /// <param name="contactId">The contact's id.</param>
    /// <param name="externalSystemId">The external system's id (from <see cref="CreateExternalSystemAsync"/>).</param>
    /// <param name="identity">The identifier, and optional deep-link name and URI.</param>
    /// <param name="kind">Whether the contact is a person or a company.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result (meta only).</returns>
    Task<AvinodeResponse> SetExternalIdentityAsync(ResourceId contactId, ResourceId externalSystemId, ExternalIdentityUpdate identity, ContactKind kind = ContactKind.Person, CancellationToken cancellationToken = default);

    /// <summary>Deactivates a contact's identity in an external system (<c>PATCH</c> with <c>"isActive": "false"</c>).</summary>
    /// <param name="contactId">The contact's id.</param>
    /// <param name="externalSystemId">The external system's id.</param>
    /// <param name="kind">Whether the contact is a person or a company.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result (meta only).</returns>
    Task<AvinodeResponse> DeactivateExternalIdentityAsync(ResourceId contactId, ResourceId externalSystemId, ContactKind kind = ContactKind.Person, CancellationToken cancellationToken = default);

    /// <summary>
    /// Fetches the resource a webhook notification points to, through its <c>href</c>, with this connection's
    /// credentials. The href must be on this connection's SchedAero or Avinode host: a notification naming any other
    /// host is refused, so a forged notification cannot make the client send its tokens elsewhere.
    /// </summary>
    /// <typeparam name="T">The resource type (see <see cref="GetAsync{T}"/>); e.g. <see cref="ContactPerson"/> for <c>SchedAeroContacts</c>.</typeparam>
    /// <param name="notification">The parsed notification.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The resource.</returns>
    /// <exception cref="ArgumentException">The notification has no href, or it points at a foreign host.</exception>
    Task<AvinodeResponse<T>> GetNotificationResourceAsync<T>(AvinodeNotification notification, CancellationToken cancellationToken = default);

    /// <summary>The SchedAero page of the trip imported from an Avinode RFQ (<c>/mvc/trip/fromImportedAvinodeRfq/{rfqId}</c> on this connection's SchedAero host).</summary>
    /// <param name="avinodeRfqId">The Avinode RFQ id.</param>
    /// <returns>The deep link.</returns>
    Uri GetImportedAvinodeRfqDeepLink(ResourceId avinodeRfqId);
}
