using AviationApis.Avinode.DependencyInjection;
using AviationApis.Avinode.Envelope;
using AviationApis.Avinode.Errors;
using AviationApis.Avinode.Marketplace.EmptyLegs;
using AviationApis.Avinode.Marketplace.Notifications;
using AviationApis.Avinode.Marketplace.Quotes;
using AviationApis.Avinode.Marketplace.Rfqs;
using AviationApis.Avinode.Marketplace.TripMessages;
using AviationApis.Avinode.Marketplace.Trips;
using AviationApis.Avinode.Notifications;
using AviationApis.Avinode.Options;
using AviationApis.Avinode.Resources;
using AviationApis.Avinode.SchedAero;
using AviationApis.Avinode.Webhooks;
using AviationApis.Core.RateLimits;

namespace AviationApis.Avinode.Marketplace;

/// <summary>
/// The Avinode Marketplace API of one API connection (one company account), on
/// <see cref="AvinodeClientOptions.MarketplaceBaseAddress"/>. Resolve it from DI for the default connection, or from
/// <see cref="IAvinodeMarketplaceClientFactory.Get"/> for a named one. Every call sends the Avinode headers with a
/// fresh timestamp per attempt (and the OAuth bearer when the connection uses client credentials). Reads and the
/// empty-leg search are retried on transient failures; creating operations (trips, chat, quotes, declines) are not.
/// Every operation takes an optional <c>actAsAccount</c>: the Avinode user name sent as <c>X-Avinode-ActAsAccount</c>
/// (for chat, quotes, declines and cancels the counterparty then sees that person instead of the company). When
/// <see langword="null"/> the connection's <see cref="AvinodeClientOptions.DefaultActAsAccount"/> is sent, if any; an
/// empty string sends no header even when a default is configured. An account with a control character (CR, LF, NUL, …)
/// or a non-ASCII character is refused with an <see cref="ArgumentException"/> naming <c>actAsAccount</c>, before
/// anything is sent.
/// <para>
/// Operations returning <see cref="AvinodeResponse{T}"/> always carry the data: an answer without it is an
/// <see cref="AviationApis.Core.Errors.InvalidResponseException"/>, or an <see cref="AvinodeSoftErrorException"/>
/// (with the meta, status and rate limit) when the server reported soft errors, whatever
/// <see cref="AvinodeClientOptions.TreatSoftErrorsAsExceptions"/> says. Soft errors with data are on the result's
/// <c>Meta</c> (<c>HasErrors</c>). Operations whose answer carries no data (chat, quotes, declines) return
/// <see cref="AvinodeResponse"/>.
/// </para>
/// </summary>
public interface IAvinodeMarketplaceClient
{
    /// <summary>The connection's registration name.</summary>
    string ConnectionName { get; }

    /// <summary>The rate-limit state the Marketplace API reported on its latest response to this connection, if any.</summary>
    RateLimitInfo? RateLimit { get; }

    /// <summary>Webhook settings of this connection (the same client as <c>ISchedAeroClient.Webhooks</c>).</summary>
    IAvinodeWebhookClient Webhooks { get; }

    /// <summary>
    /// Creates a trip (<c>POST /trips</c>). Not retried (it creates). The result carries the trip's actions: open
    /// <see cref="MarketplaceActions.SearchInAvinode"/> for the user to search and send RFQs in Avinode.
    /// </summary>
    /// <param name="trip">The criteria, segments and sourcing flag.</param>
    /// <param name="actAsAccount">The Avinode user shown as the requester; <see langword="null"/> for the connection's default.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new trip with its deep links (from the answer, or read from its <c>Location</c>: the status and meta are the create's).</returns>
    /// <exception cref="AvinodeSoftErrorException">The server reported soft errors and returned neither the trip nor its <c>Location</c>.</exception>
    Task<AvinodeResponse<MarketplaceTrip>> CreateTripAsync(CreateTripRequest trip, string? actAsAccount = null, CancellationToken cancellationToken = default);

    /// <summary>Reads a trip (<c>GET /trips/{id}</c>).</summary>
    /// <param name="tripId">The trip's id (<c>atrip-…</c>).</param>
    /// <param name="fields">Optional sparse fields, e.g. <c>MarketplaceFields.Trips("rfqs")</c>.</param>
    /// <param name="actAsAccount">The Avinode user to act as; <see langword="null"/> for the connection's default.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The trip.</returns>
    Task<AvinodeResponse<MarketplaceTrip>> GetTripAsync(ResourceId tripId, SparseFields? fields = null, string? actAsAccount = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Cancels a trip and all its RFQs (<c>PUT /trips/{id}/cancel</c>). Retried on transient failures (cancelling twice
    /// has no further effect). The answer carries the trip: the vendor's reference documents <c>fields[trips]</c>
    /// (sparse fields of the returned trip) on this operation (<c>specs/avinode.md</c> §2, <c>PUT /trips/{id}/cancel</c>,
    /// R-canceltrip); an answer without it is an <see cref="AviationApis.Core.Errors.InvalidResponseException"/>.
    /// </summary>
    /// <param name="tripId">The trip's id.</param>
    /// <param name="cancellation">The reason and the message to sellers.</param>
    /// <param name="actAsAccount">The Avinode user shown as cancelling; <see langword="null"/> for the connection's default.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The cancelled trip.</returns>
    /// <exception cref="AvinodeSoftErrorException">The server reported soft errors and returned no trip.</exception>
    Task<AvinodeResponse<MarketplaceTrip>> CancelTripAsync(ResourceId tripId, TripCancellation cancellation, string? actAsAccount = null, CancellationToken cancellationToken = default);

    /// <summary>Reads an RFQ (<c>GET /rfqs/{id}</c>) with its seller lifts.</summary>
    /// <param name="rfqId">The RFQ's id (<c>arfq-…</c>).</param>
    /// <param name="include">Optional information to include, e.g. <see cref="RfqInclude.QuoteBreakdown"/>, <see cref="RfqInclude.LatestQuote"/> (sent as <c>quotebreakdown=true</c>).</param>
    /// <param name="fields">Optional sparse fields (<c>fields[rfqs]</c>, <c>fields[airports]</c>).</param>
    /// <param name="actAsAccount">The Avinode user to act as; <see langword="null"/> for the connection's default.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The RFQ.</returns>
    Task<AvinodeResponse<Rfq>> GetRfqAsync(ResourceId rfqId, IEnumerable<RfqInclude>? include = null, SparseFields? fields = null, string? actAsAccount = null, CancellationToken cancellationToken = default);

    /// <summary>Reads a trip message (<c>GET /tripmsgs/{id}</c>): a buyer request or chat, or a seller's quote, decline or chat.</summary>
    /// <param name="messageId">The message's id.</param>
    /// <param name="outputCurrencies">Currencies to convert prices to (<c>outputCurrencies</c>, ISO 4217), if any.</param>
    /// <param name="fields">Optional sparse fields (<c>fields[tripmsgs]</c>, <c>fields[quotes]</c>).</param>
    /// <param name="actAsAccount">The Avinode user to act as; <see langword="null"/> for the connection's default.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The message.</returns>
    Task<AvinodeResponse<TripMessage>> GetTripMessageAsync(ResourceId messageId, IEnumerable<string>? outputCurrencies = null, SparseFields? fields = null, string? actAsAccount = null, CancellationToken cancellationToken = default);

    /// <summary>Reads a seller's quote (<c>GET /quotes/{id}</c>, <c>aquote-…</c>).</summary>
    /// <param name="quoteId">The quote's id.</param>
    /// <param name="fields">Optional sparse fields (<c>fields[quotes]</c>).</param>
    /// <param name="actAsAccount">The Avinode user to act as; <see langword="null"/> for the connection's default.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The quote.</returns>
    Task<AvinodeResponse<MarketplaceQuote>> GetQuoteAsync(ResourceId quoteId, SparseFields? fields = null, string? actAsAccount = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Sends a chat message on a request (<c>POST /tripmsgs/{requestId}/chat</c>). Not retried. The vendor documents
    /// the request body only, no sparse fields and no answer data (<c>specs/avinode.md</c> §2, R-chat): we assume the
    /// answer carries only <c>meta</c> (a <c>data</c> member is ignored). The message reaches you through the
    /// <c>TripChatMine</c> webhook; read it with <see cref="GetTripMessageAsync"/>.
    /// </summary>
    /// <param name="requestId">The RFQ, lift or trip message to chat on.</param>
    /// <param name="message">The text.</param>
    /// <param name="actAsAccount">The Avinode user shown as the sender; <see langword="null"/> for the connection's default.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The status, the soft errors, warnings and infos, and the rate limit.</returns>
    Task<AvinodeResponse> SendChatAsync(ResourceId requestId, ChatMessage message, string? actAsAccount = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Submits a seller's quote (<c>POST /tripmsgs/{requestId}/submitQuote</c>). Pass a seller-lift id to answer that
    /// lift, or an RFQ id to add an extra quote. Not retried. The vendor documents the request body only, no answer
    /// data (<c>specs/avinode.md</c> §2, R-submitquote): we assume the answer carries only <c>meta</c> (a <c>data</c>
    /// member is ignored). Correlate the quote with <see cref="QuoteDetails.SellerUniqueQuoteIdentifier"/>; it reaches
    /// you through the <c>TripRequestSellerResponseMine</c> webhook (read it with <see cref="GetTripMessageAsync"/>).
    /// </summary>
    /// <param name="requestId">The seller lift (<c>asellerlift-…</c>) or RFQ (<c>arfq-…</c>).</param>
    /// <param name="submission">The quote and the message.</param>
    /// <param name="actAsAccount">The Avinode user the buyer sees as quoting; <see langword="null"/> for the connection's default.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The status, the soft errors, warnings and infos, and the rate limit.</returns>
    Task<AvinodeResponse> SubmitQuoteAsync(ResourceId requestId, QuoteSubmission submission, string? actAsAccount = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Declines a seller lift or a whole RFQ (<c>POST /tripmsgs/{requestId}/decline</c>). Not retried. The vendor
    /// documents the request body only, no answer data (<c>specs/avinode.md</c> §2, R-decline): we assume the answer
    /// carries only <c>meta</c> (a <c>data</c> member is ignored).
    /// </summary>
    /// <param name="requestId">The seller lift or RFQ.</param>
    /// <param name="decline">The reason and the message.</param>
    /// <param name="actAsAccount">The Avinode user the buyer sees as declining; <see langword="null"/> for the connection's default.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The status, the soft errors, warnings and infos, and the rate limit.</returns>
    Task<AvinodeResponse> DeclineAsync(ResourceId requestId, TripDecline decline, string? actAsAccount = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Creates an empty leg (<c>POST /emptylegs</c>). Not retried (it creates). The body members are assumed (see
    /// <see cref="CreateEmptyLegRequest"/>). When the server answers with only a <c>Location</c>, the new leg is read
    /// from it (same origin only).
    /// </summary>
    /// <param name="emptyLeg">The route, the time and the aircraft.</param>
    /// <param name="actAsAccount">The Avinode user shown as the seller; <see langword="null"/> for the connection's default.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new empty leg (from the answer, or read from its <c>Location</c>: the status and meta are the create's).</returns>
    /// <exception cref="AvinodeSoftErrorException">The server reported soft errors and returned neither the leg nor its <c>Location</c>.</exception>
    Task<AvinodeResponse<EmptyLeg>> CreateEmptyLegAsync(CreateEmptyLegRequest emptyLeg, string? actAsAccount = null, CancellationToken cancellationToken = default);

    /// <summary>Searches empty legs (<c>POST /emptylegs/search</c>). A search: retried on transient failures.</summary>
    /// <param name="search">The route(s) and times.</param>
    /// <param name="actAsAccount">The Avinode user to act as; <see langword="null"/> for the connection's default.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The matching empty legs (empty when none; we assume an answer without data means none, as the vendor's reference shows no answer for R-emptylegsearch).</returns>
    /// <exception cref="AvinodeSoftErrorException">The server reported soft errors and returned no legs.</exception>
    Task<AvinodeResponse<IReadOnlyList<EmptyLeg>>> SearchEmptyLegsAsync(EmptyLegSearchRequest search, string? actAsAccount = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Follows a relationship or action by its href (the vendor asks applications to use the href provided).
    /// <typeparamref name="T"/> is one of <see cref="MarketplaceTrip"/>, <see cref="Rfq"/>, <see cref="TripMessage"/>,
    /// <see cref="MarketplaceQuote"/>, <see cref="EmptyLeg"/>, or <see cref="System.Text.Json.JsonElement"/> for
    /// anything else. The href must be on one of this connection's hosts.
    /// </summary>
    /// <typeparam name="T">The resource type.</typeparam>
    /// <param name="link">The link from a response.</param>
    /// <param name="fields">Optional sparse fields.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The resource.</returns>
    /// <exception cref="ArgumentException">The href points at a foreign host.</exception>
    Task<AvinodeResponse<T>> GetAsync<T>(ResourceLink link, SparseFields? fields = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Fetches the resource a Marketplace webhook notification points to, through its href, typed by what it is: an
    /// RFQ for <c>TripRequest</c>, a trip message for <c>TripRequestSellerResponse</c> and <c>TripChat*</c>, and so
    /// on. The kind is taken from the notification's resource type (<c>rfqs</c>, <c>tripmsgs</c>, …), else from the
    /// href's path, else from <paramref name="eventType"/> (Marketplace payloads do not carry the event type: pass
    /// the one your endpoint is subscribed to). Notifications naming a foreign host are refused.
    /// </summary>
    /// <param name="notification">The parsed notification.</param>
    /// <param name="eventType">The event type the webhook was subscribed for, when known.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The typed resource.</returns>
    /// <exception cref="ArgumentException">The notification has no absolute href, or it points at a foreign host.</exception>
    Task<AvinodeResponse<MarketplaceNotificationResource>> GetNotificationResourceAsync(AvinodeNotification notification, WebhookEventType? eventType = null, CancellationToken cancellationToken = default);
}
