using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using AviationApis.Avinode.Envelope;
using AviationApis.Avinode.Json;
using AviationApis.Avinode.Marketplace.EmptyLegs;
using AviationApis.Avinode.Marketplace.Notifications;
using AviationApis.Avinode.Marketplace.Quotes;
using AviationApis.Avinode.Marketplace.Rfqs;
using AviationApis.Avinode.Marketplace.TripMessages;
using AviationApis.Avinode.Marketplace.Trips;
using AviationApis.Avinode.Notifications;
using AviationApis.Avinode.Resources;
using AviationApis.Avinode.SchedAero.Quotes;
using AviationApis.Avinode.SchedAero.Trips;
using AviationApis.Avinode.Transport;
using AviationApis.Avinode.Webhooks;
using AviationApis.Core.Errors;
using AviationApis.Core.Http;
using AviationApis.Core.Options;
using AviationApis.Core.RateLimits;

namespace AviationApis.Avinode.Marketplace;

/// <summary>The Avinode Marketplace API client of one connection.</summary>
internal sealed class AvinodeMarketplaceClient : IAvinodeMarketplaceClient
{
    private const AvinodeService Service = AvinodeService.Marketplace;
    private static readonly ApiOperation CreateTripOperation = new("AvinodeMarketplace.CreateTrip", Idempotency.NonIdempotent);
    private static readonly ApiOperation GetTripOperation = new("AvinodeMarketplace.GetTrip", Idempotency.Idempotent);
    private static readonly ApiOperation CancelTripOperation = new("AvinodeMarketplace.CancelTrip", Idempotency.Idempotent);
    private static readonly ApiOperation GetRfqOperation = new("AvinodeMarketplace.GetRfq", Idempotency.Idempotent);
    private static readonly ApiOperation GetTripMessageOperation = new("AvinodeMarketplace.GetTripMessage", Idempotency.Idempotent);
    private static readonly ApiOperation GetQuoteOperation = new("AvinodeMarketplace.GetQuote", Idempotency.Idempotent);
    private static readonly ApiOperation ChatOperation = new("AvinodeMarketplace.Chat", Idempotency.NonIdempotent);
    private static readonly ApiOperation SubmitQuoteOperation = new("AvinodeMarketplace.SubmitQuote", Idempotency.NonIdempotent);
    private static readonly ApiOperation DeclineOperation = new("AvinodeMarketplace.Decline", Idempotency.NonIdempotent);
    private static readonly ApiOperation CreateEmptyLegOperation = new("AvinodeMarketplace.CreateEmptyLeg", Idempotency.NonIdempotent);
    private static readonly ApiOperation GetEmptyLegOperation = new("AvinodeMarketplace.GetEmptyLeg", Idempotency.Idempotent);
    private static readonly ApiOperation SearchEmptyLegsOperation = new("AvinodeMarketplace.SearchEmptyLegs", Idempotency.Idempotent);
    private static readonly ApiOperation GetLinkOperation = new("AvinodeMarketplace.GetLink", Idempotency.Idempotent);
    private static readonly ApiOperation GetNotificationResourceOperation = new("AvinodeMarketplace.GetNotificationResource", Idempotency.Idempotent);

    private readonly AvinodeConnection _connection;

    public AvinodeMarketplaceClient(AvinodeConnection connection) => _connection = connection;

    public string ConnectionName => _connection.Name;

    public RateLimitInfo? RateLimit => _connection.GetRateLimit(Service);

    public IAvinodeWebhookClient Webhooks => _connection.Webhooks;

    public async Task<AvinodeResponse<MarketplaceTrip>> CreateTripAsync(CreateTripRequest trip, string? actAsAccount = null, CancellationToken cancellationToken = default)
    {
        HeaderValueRules.ThrowIfInvalid(actAsAccount, nameof(actAsAccount));
        ArgumentNullException.ThrowIfNull(trip);
        ValidateTrip(trip);
        var content = JsonRequestContent.Create(trip, AvinodeJsonContext.Wire.CreateTripRequest);
        return await CreateAndReadAsync("trips", content, CreateTripOperation, GetTripOperation, AvinodeJsonContext.Wire.AvinodeEnvelopeMarketplaceTrip, actAsAccount, cancellationToken).ConfigureAwait(false);
    }

    public async Task<AvinodeResponse<EmptyLeg>> CreateEmptyLegAsync(CreateEmptyLegRequest emptyLeg, string? actAsAccount = null, CancellationToken cancellationToken = default)
    {
        HeaderValueRules.ThrowIfInvalid(actAsAccount, nameof(actAsAccount));
        ArgumentNullException.ThrowIfNull(emptyLeg);
        var errors = new List<ApiFieldError>();
        if (emptyLeg.StartAirport is null || (string.IsNullOrWhiteSpace(emptyLeg.StartAirport.Icao) && string.IsNullOrWhiteSpace(emptyLeg.StartAirport.Iata)))
        {
            errors.Add(new ApiFieldError("startAirport", "Name the departure airport by ICAO or IATA code."));
        }

        if (emptyLeg.EndAirport is null || (string.IsNullOrWhiteSpace(emptyLeg.EndAirport.Icao) && string.IsNullOrWhiteSpace(emptyLeg.EndAirport.Iata)))
        {
            errors.Add(new ApiFieldError("endAirport", "Name the arrival airport by ICAO or IATA code."));
        }

        if (emptyLeg.DateTime is null)
        {
            errors.Add(new ApiFieldError("dateTime", "The departure date is required."));
        }

        ThrowIfAny(errors, CreateEmptyLegOperation);
        var content = JsonRequestContent.Create(emptyLeg, AvinodeJsonContext.Wire.CreateEmptyLegRequest);
        return await CreateAndReadAsync("emptylegs", content, CreateEmptyLegOperation, GetEmptyLegOperation, AvinodeJsonContext.Wire.AvinodeEnvelopeEmptyLeg, actAsAccount, cancellationToken).ConfigureAwait(false);
    }

    public Task<AvinodeResponse<MarketplaceTrip>> GetTripAsync(ResourceId tripId, SparseFields? fields = null, string? actAsAccount = null, CancellationToken cancellationToken = default) =>
        GetByIdAsync("trips/", tripId, GetTripOperation, AvinodeJsonContext.Wire.AvinodeEnvelopeMarketplaceTrip, fields, null, actAsAccount, cancellationToken);

    public async Task<AvinodeResponse<MarketplaceTrip>> CancelTripAsync(ResourceId tripId, TripCancellation cancellation, string? actAsAccount = null, CancellationToken cancellationToken = default)
    {
        HeaderValueRules.ThrowIfInvalid(actAsAccount, nameof(actAsAccount));
        ArgumentNullException.ThrowIfNull(cancellation);
        var errors = new List<ApiFieldError>();
        RequireId(errors, tripId, "tripId");
        if (string.IsNullOrWhiteSpace(cancellation.Reason.Value))
        {
            errors.Add(new ApiFieldError("reason", "The cancellation reason is required."));
        }

        ThrowIfAny(errors, CancelTripOperation);
        var body = new CancelTripWire(tripId.ToString(), cancellation.MessageToSeller, cancellation.Reason);
        using var request = _connection.CreateRequest(
            HttpMethod.Put,
            Service,
            "trips/" + ApiUri.Segment(tripId.ToString()) + "/cancel",
            CancelTripOperation,
            content: JsonRequestContent.Create(body, AvinodeJsonContext.Wire.CancelTripWire));
        request.SetActAsAccount(actAsAccount);
        return await _connection.SendAsync(request, AvinodeJsonContext.Wire.AvinodeEnvelopeMarketplaceTrip, Service, cancellationToken).ConfigureAwait(false);
    }

    public Task<AvinodeResponse<Rfq>> GetRfqAsync(ResourceId rfqId, IEnumerable<RfqInclude>? include = null, SparseFields? fields = null, string? actAsAccount = null, CancellationToken cancellationToken = default)
    {
        HeaderValueRules.ThrowIfInvalid(actAsAccount, nameof(actAsAccount));
        var query = include?
            .Where(flag => !string.IsNullOrWhiteSpace(flag.Value))
            .Select(flag => flag.Value.Trim())
            .Distinct(StringComparer.Ordinal)
            .Select(flag => new KeyValuePair<string, string?>(flag, "true"))
            .ToArray();
        return GetByIdAsync("rfqs/", rfqId, GetRfqOperation, AvinodeJsonContext.Wire.AvinodeEnvelopeRfq, fields, query, actAsAccount, cancellationToken);
    }

    public Task<AvinodeResponse<TripMessage>> GetTripMessageAsync(ResourceId messageId, IEnumerable<string>? outputCurrencies = null, SparseFields? fields = null, string? actAsAccount = null, CancellationToken cancellationToken = default)
    {
        HeaderValueRules.ThrowIfInvalid(actAsAccount, nameof(actAsAccount));
        var query = outputCurrencies?
            .Where(c => !string.IsNullOrWhiteSpace(c))
            .Select(c => new KeyValuePair<string, string?>("outputCurrencies", c.Trim()))
            .ToArray();
        return GetByIdAsync("tripmsgs/", messageId, GetTripMessageOperation, AvinodeJsonContext.Wire.AvinodeEnvelopeTripMessage, fields, query, actAsAccount, cancellationToken);
    }

    public Task<AvinodeResponse<MarketplaceQuote>> GetQuoteAsync(ResourceId quoteId, SparseFields? fields = null, string? actAsAccount = null, CancellationToken cancellationToken = default) =>
        GetByIdAsync("quotes/", quoteId, GetQuoteOperation, AvinodeJsonContext.Wire.AvinodeEnvelopeMarketplaceQuote, fields, null, actAsAccount, cancellationToken);

    public Task<AvinodeResponse> SendChatAsync(ResourceId requestId, ChatMessage message, string? actAsAccount = null, CancellationToken cancellationToken = default)
    {
        HeaderValueRules.ThrowIfInvalid(actAsAccount, nameof(actAsAccount));
        ArgumentNullException.ThrowIfNull(message);
        var errors = new List<ApiFieldError>();
        RequireId(errors, requestId, "requestId");
        if (string.IsNullOrWhiteSpace(message.Message))
        {
            errors.Add(new ApiFieldError("message", "The chat message is required."));
        }

        ThrowIfAny(errors, ChatOperation);
        return PostTripMessageAsync(requestId, "/chat", ChatOperation, JsonRequestContent.Create(message, AvinodeJsonContext.Wire.ChatMessage), actAsAccount, cancellationToken);
    }

    public Task<AvinodeResponse> SubmitQuoteAsync(ResourceId requestId, QuoteSubmission submission, string? actAsAccount = null, CancellationToken cancellationToken = default)
    {
        HeaderValueRules.ThrowIfInvalid(actAsAccount, nameof(actAsAccount));
        ArgumentNullException.ThrowIfNull(submission);
        var errors = new List<ApiFieldError>();
        RequireId(errors, requestId, "requestId");
        if (submission.Quote is null)
        {
            errors.Add(new ApiFieldError("quote", "The quote is required."));
        }
        else
        {
            if (submission.Quote.TotalPrice is < 0)
            {
                errors.Add(new ApiFieldError("quote.totalPrice", "The total price cannot be negative."));
            }

            if (submission.Quote.CurrencyCode is { } currency && (currency.Length != 3 || !currency.All(char.IsAsciiLetter)))
            {
                errors.Add(new ApiFieldError("quote.currencyCode", "The currency must be an ISO 4217 code such as USD."));
            }
        }

        ThrowIfAny(errors, SubmitQuoteOperation);
        return PostTripMessageAsync(requestId, "/submitQuote", SubmitQuoteOperation, JsonRequestContent.Create(submission, AvinodeJsonContext.Wire.QuoteSubmission), actAsAccount, cancellationToken);
    }

    public Task<AvinodeResponse> DeclineAsync(ResourceId requestId, TripDecline decline, string? actAsAccount = null, CancellationToken cancellationToken = default)
    {
        HeaderValueRules.ThrowIfInvalid(actAsAccount, nameof(actAsAccount));
        ArgumentNullException.ThrowIfNull(decline);
        var errors = new List<ApiFieldError>();
        RequireId(errors, requestId, "requestId");
        if (string.IsNullOrWhiteSpace(decline.Reason.Value))
        {
            errors.Add(new ApiFieldError("declineReason", "The decline reason is required."));
        }

        ThrowIfAny(errors, DeclineOperation);
        var body = new DeclineWire(decline.Message, decline.Reason, decline.SuppressNotification, decline.BatchMetadata);
        return PostTripMessageAsync(requestId, "/decline", DeclineOperation, JsonRequestContent.Create(body, AvinodeJsonContext.Wire.DeclineWire), actAsAccount, cancellationToken);
    }

    public async Task<AvinodeResponse<IReadOnlyList<EmptyLeg>>> SearchEmptyLegsAsync(EmptyLegSearchRequest search, string? actAsAccount = null, CancellationToken cancellationToken = default)
    {
        HeaderValueRules.ThrowIfInvalid(actAsAccount, nameof(actAsAccount));
        ArgumentNullException.ThrowIfNull(search);
        if (search.Segments is not { Count: > 0 })
        {
            throw ApiExceptionFactory.ClientValidation(SearchEmptyLegsOperation, new ApiFieldError("segments", "Name at least one segment."));
        }

        using var request = _connection.CreateRequest(
            HttpMethod.Post,
            Service,
            "emptylegs/search",
            SearchEmptyLegsOperation,
            content: JsonRequestContent.Create(search, AvinodeJsonContext.Wire.EmptyLegSearchRequest));
        request.SetActAsAccount(actAsAccount);
        // No legs found may come as no data at all: an empty list (with soft errors and no data, AvinodeSoftErrorException).
        var response = await _connection.SendAsync(request, AvinodeJsonContext.Wire.AvinodeEnvelopeJsonElement, Service, NoLegs, cancellationToken).ConfigureAwait(false);
        IReadOnlyList<EmptyLeg> legs;
        try
        {
            legs = EmptyLegsOf(response.Data);
        }
        catch (JsonException ex)
        {
            // The empty-leg shape is assumed: a leg shaped otherwise is a typed error naming where, never a raw JsonException.
            throw ApiExceptionFactory.InvalidResponse(request, response.StatusCode, $"An empty leg is not in the expected shape at {ex.Path}");
        }

        return new AvinodeResponse<IReadOnlyList<EmptyLeg>>(legs, response.StatusCode, response.Meta, response.RateLimit);
    }

    public async Task<AvinodeResponse<T>> GetAsync<T>(ResourceLink link, SparseFields? fields = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(link);
        ArgumentException.ThrowIfNullOrWhiteSpace(link.Href, nameof(link));
        var typeInfo = AvinodeJsonContext.EnvelopeOf<T>();
        // A link to another origin, or outside the configured base paths, is refused by the pipeline before anything is
        // sent (OriginNotAllowedException).
        var service = ServiceOf(link.Href);
        using var request = _connection.CreateHrefRequest(HttpMethod.Get, service, link.Href, GetLinkOperation, fields);
        return await _connection.SendAsync(request, typeInfo, service, cancellationToken).ConfigureAwait(false);
    }

    public async Task<AvinodeResponse<MarketplaceNotificationResource>> GetNotificationResourceAsync(AvinodeNotification notification, WebhookEventType? eventType = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(notification);
        if (string.IsNullOrWhiteSpace(notification.Href) || !Uri.TryCreate(notification.Href, UriKind.Absolute, out var href) || href.Scheme is not ("https" or "http"))
        {
            throw new ArgumentException("The notification carries no absolute href.", nameof(notification));
        }

        var effectiveEvent = eventType ?? notification.EventType;
        var kind = KindOf(notification.Type) ?? KindOf(CollectionOf(href)) ?? KindOf(effectiveEvent) ?? MarketplaceResourceKind.Other;
        var service = ServiceOf(notification.Href);
        using var request = _connection.CreateHrefRequest(HttpMethod.Get, service, notification.Href, GetNotificationResourceOperation);
        return kind switch
        {
            MarketplaceResourceKind.Rfq => Wrap(await _connection.SendAsync(request, AvinodeJsonContext.Wire.AvinodeEnvelopeRfq, service, cancellationToken).ConfigureAwait(false), d => new() { Notification = notification, EventType = effectiveEvent, Kind = kind, Rfq = d }),
            MarketplaceResourceKind.TripMessage => Wrap(await _connection.SendAsync(request, AvinodeJsonContext.Wire.AvinodeEnvelopeTripMessage, service, cancellationToken).ConfigureAwait(false), d => new() { Notification = notification, EventType = effectiveEvent, Kind = kind, TripMessage = d }),
            MarketplaceResourceKind.Trip => Wrap(await _connection.SendAsync(request, AvinodeJsonContext.Wire.AvinodeEnvelopeMarketplaceTrip, service, cancellationToken).ConfigureAwait(false), d => new() { Notification = notification, EventType = effectiveEvent, Kind = kind, Trip = d }),
            MarketplaceResourceKind.Quote => Wrap(await _connection.SendAsync(request, AvinodeJsonContext.Wire.AvinodeEnvelopeMarketplaceQuote, service, cancellationToken).ConfigureAwait(false), d => new() { Notification = notification, EventType = effectiveEvent, Kind = kind, Quote = d }),
            _ => Wrap(await _connection.SendAsync(request, AvinodeJsonContext.Wire.AvinodeEnvelopeJsonElement, service, cancellationToken).ConfigureAwait(false), d => new() { Notification = notification, EventType = effectiveEvent, Kind = kind, Other = d.Clone() }),
        };
    }

    private static AvinodeResponse<MarketplaceNotificationResource> Wrap<T>(AvinodeResponse<T> response, Func<T, MarketplaceNotificationResource> create) =>
        new(create(response.Data), response.StatusCode, response.Meta, response.RateLimit);

    /// <summary>The resource kind of a resource type or collection name (<c>rfqs</c>, <c>tripmsgs</c>, <c>trips</c>, <c>quotes</c>).</summary>
    private static MarketplaceResourceKind? KindOf(string? resourceType) => resourceType?.ToLowerInvariant() switch
    {
        "rfqs" or "rfq" => MarketplaceResourceKind.Rfq,
        "tripmsgs" or "tripmsg" => MarketplaceResourceKind.TripMessage,
        "trips" or "trip" => MarketplaceResourceKind.Trip,
        "quotes" or "quote" => MarketplaceResourceKind.Quote,
        _ => null,
    };

    /// <summary>The kind of resource a Marketplace event points to (the vendor's event descriptions).</summary>
    private static MarketplaceResourceKind? KindOf(WebhookEventType? eventType)
    {
        if (eventType is not { } type)
        {
            return null;
        }

        if (type == WebhookEventType.TripRequest || type == WebhookEventType.TripRequestMine)
        {
            return MarketplaceResourceKind.Rfq;
        }

        if (type == WebhookEventType.TripRequestSellerResponse || type == WebhookEventType.TripRequestSellerResponseMine
            || type == WebhookEventType.TripChatFromBuyer || type == WebhookEventType.TripChatFromSeller || type == WebhookEventType.TripChatMine)
        {
            return MarketplaceResourceKind.TripMessage;
        }

        return null;
    }

    // The collection segment before the id: .../api/rfqs/arfq-1 → "rfqs".
    private static string? CollectionOf(Uri href)
    {
        var segments = href.AbsolutePath.TrimEnd('/').Split('/');
        return segments.Length >= 2 ? segments[^2] : null;
    }

    /// <summary>Sends a create; the answer's resource, or the one read from its <c>Location</c> (see <see cref="AvinodeConnection.CreateAndReadAsync{T}"/>).</summary>
    private async Task<AvinodeResponse<T>> CreateAndReadAsync<T>(
        string path,
        HttpContent content,
        ApiOperation createOperation,
        ApiOperation readOperation,
        JsonTypeInfo<AvinodeEnvelopeWire<T>> typeInfo,
        string? actAsAccount,
        CancellationToken cancellationToken)
    {
        using var request = _connection.CreateRequest(HttpMethod.Post, Service, path, createOperation, content: content);
        request.SetActAsAccount(actAsAccount);
        return await _connection.CreateAndReadAsync(request, typeInfo, Service, readOperation, null, cancellationToken).ConfigureAwait(false);
    }

    // An empty search result, for an answer that carried no data.
    private static JsonElement NoLegs()
    {
        using var document = JsonDocument.Parse("[]");
        return document.RootElement.Clone();
    }

    private static IReadOnlyList<EmptyLeg> EmptyLegsOf(JsonElement data)
    {
        var list = new List<EmptyLeg>();
        switch (data.ValueKind)
        {
            case JsonValueKind.Array:
                Add(list, data);
                break;
            case JsonValueKind.Object:
                // Assumed: the legs may come wrapped in an object (e.g. {"emptyLegs": [...]}); take its first array.
                foreach (var member in data.EnumerateObject())
                {
                    if (member.Value.ValueKind == JsonValueKind.Array)
                    {
                        Add(list, member.Value);
                        break;
                    }
                }

                break;
        }

        return list;

        static void Add(List<EmptyLeg> list, JsonElement array)
        {
            foreach (var item in array.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.Object && item.Deserialize(AvinodeJsonContext.Wire.EmptyLeg) is { } leg)
                {
                    list.Add(leg);
                }
            }
        }
    }

    private static void ValidateTrip(CreateTripRequest trip)
    {
        var errors = new List<ApiFieldError>();
        if (trip.Criteria is null)
        {
            errors.Add(new ApiFieldError("criteria", "The criteria are required (send an empty TripCriteria for none)."));
        }

        if (trip.Segments is not { Count: > 0 })
        {
            errors.Add(new ApiFieldError("segments", "Name at least one segment."));
        }
        else
        {
            for (var i = 0; i < trip.Segments.Count; i++)
            {
                var segment = trip.Segments[i];
                if (segment is null)
                {
                    errors.Add(new ApiFieldError($"segments[{i}]", "The segment is missing."));
                    continue;
                }

                if (!HasCode(segment.StartAirport))
                {
                    errors.Add(new ApiFieldError($"segments[{i}].startAirport", "The start airport needs an ICAO or IATA code."));
                }

                if (!HasCode(segment.EndAirport))
                {
                    errors.Add(new ApiFieldError($"segments[{i}].endAirport", "The end airport needs an ICAO or IATA code."));
                }

                if (segment.DateTime is null)
                {
                    errors.Add(new ApiFieldError($"segments[{i}].dateTime", "The date is required."));
                }

                if (segment.PaxCount < 0)
                {
                    errors.Add(new ApiFieldError($"segments[{i}].paxCount", "The passenger count cannot be negative."));
                }
            }
        }

        ThrowIfAny(errors, CreateTripOperation);
    }

    private static bool HasCode(MarketplaceAirport? airport) =>
        airport is not null && (!string.IsNullOrWhiteSpace(airport.Icao) || !string.IsNullOrWhiteSpace(airport.Iata) || !airport.Id.IsEmpty
            || !string.IsNullOrWhiteSpace(airport.Faa) || !string.IsNullOrWhiteSpace(airport.UnofficialIcao));

    private static void RequireId(List<ApiFieldError> errors, ResourceId id, string name)
    {
        if (id.IsEmpty)
        {
            errors.Add(new ApiFieldError(name, "The id is required."));
        }
    }

    private static void ThrowIfAny(List<ApiFieldError> errors, ApiOperation operation)
    {
        if (errors.Count > 0)
        {
            throw ApiExceptionFactory.ClientValidation(operation, [.. errors]);
        }
    }

    private AvinodeService ServiceOf(string href) =>
        Uri.TryCreate(href, UriKind.Absolute, out var uri)
        && !string.Equals(uri.Host, _connection.MarketplaceBaseAddress.Host, StringComparison.OrdinalIgnoreCase)
        && string.Equals(uri.Host, _connection.BaseAddress.Host, StringComparison.OrdinalIgnoreCase)
            ? AvinodeService.SchedAero
            : Service;

    // The vendor documents no answer body for chat, submitQuote and decline (see IAvinodeMarketplaceClient): only meta is read.
    private async Task<AvinodeResponse> PostTripMessageAsync(ResourceId requestId, string action, ApiOperation operation, HttpContent content, string? actAsAccount, CancellationToken cancellationToken)
    {
        using var request = _connection.CreateRequest(HttpMethod.Post, Service, "tripmsgs/" + ApiUri.Segment(requestId.ToString()) + action, operation, content: content);
        request.SetActAsAccount(actAsAccount);
        return await _connection.SendForMetaAsync(request, Service, cancellationToken).ConfigureAwait(false);
    }

    private async Task<AvinodeResponse<T>> GetByIdAsync<T>(
        string collection,
        ResourceId id,
        ApiOperation operation,
        JsonTypeInfo<AvinodeEnvelopeWire<T>> typeInfo,
        SparseFields? fields,
        IEnumerable<KeyValuePair<string, string?>>? query,
        string? actAsAccount,
        CancellationToken cancellationToken)
    {
        HeaderValueRules.ThrowIfInvalid(actAsAccount, nameof(actAsAccount));
        if (id.IsEmpty)
        {
            throw ApiExceptionFactory.ClientValidation(operation, new ApiFieldError("id", "The id is required."));
        }

        using var request = _connection.CreateRequest(HttpMethod.Get, Service, collection + ApiUri.Segment(id.ToString()), operation, fields, query: query);
        request.SetActAsAccount(actAsAccount);
        return await _connection.SendAsync(request, typeInfo, Service, cancellationToken).ConfigureAwait(false);
    }
}
