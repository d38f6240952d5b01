using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using AviationApis.Avinode.DependencyInjection;
using AviationApis.Avinode.Envelope;
using AviationApis.Avinode.Errors;
using AviationApis.Avinode.Files;
using AviationApis.Avinode.Json;
using AviationApis.Avinode.Options;
using AviationApis.Avinode.Resources;
using AviationApis.Avinode.SchedAero;
using AviationApis.Avinode.Webhooks;
using AviationApis.Core.Errors;
using AviationApis.Core.Http;
using AviationApis.Core.RateLimits;
using AviationApis.Core.Redaction;
using AviationApis.Core.Signing;

namespace AviationApis.Avinode.Transport;

/// <summary>
/// One API connection (one company account): its frozen options, signer and redactor, and the transport every
/// Avinode client of that connection (SchedAero, webhook settings, later the Marketplace) shares: one named
/// <c>HttpClient</c> with the Core pipeline, absolute URIs per host, the envelope reader, soft errors, and the error
/// mapping (every <c>{code, title, path}</c>; 501 → <see cref="OperationDisabledException"/>).
/// </summary>
internal sealed class AvinodeConnection
{
    private readonly ApiTransport _transport;
    private readonly ServiceObserver[] _observers;
    private readonly ConcurrentDictionary<AvinodeService, RateLimitInfo> _rateLimits = new();
    private readonly Redactor _baseRedactor;
    private readonly object _tokensLock = new();
    private readonly List<string> _recentTokens = [];
    private volatile Redactor _redactor;

    public AvinodeConnection(string name, AvinodeClientOptions options, IHttpClientFactory httpClientFactory, TimeProvider time)
    {
        Name = name;
        Options = options;
        HttpClientName = AvinodeHttpClientNames.For(name);
        _transport = new ApiTransport(httpClientFactory, HttpClientName, AvinodeErrorReader.Instance);
        _observers = [new(this, AvinodeService.SchedAero), new(this, AvinodeService.Avinode), new(this, AvinodeService.Marketplace)];
        BaseAddress = ApiUri.EnsureTrailingSlash(options.BaseAddress!);
        WebhookBaseAddress = ApiUri.EnsureTrailingSlash(options.WebhookBaseAddress!);
        MarketplaceBaseAddress = ApiUri.EnsureTrailingSlash(options.MarketplaceBaseAddress ?? new Uri(AvinodeClientOptions.AvinodeSandboxBaseAddress));
        var settings = new AvinodeSignerSettings
        {
            ApiToken = options.ApiToken!,
            Product = options.Product!,
            ApiVersion = options.ApiVersion,
            DefaultActAsAccount = options.DefaultActAsAccount,
        };
        IAccessTokenSource bearer;
        if (options.OAuth is { IsConfigured: true } oauth)
        {
            OAuthTokens = new OAuthAccessTokenSource(this, oauth, oauth.TokenAddress ?? ApiUri.Combine(MarketplaceBaseAddress, "oauth/token"), httpClientFactory, time);
            bearer = OAuthTokens;
            _baseRedactor = new Redactor([options.ApiToken, oauth.ClientSecret]);
        }
        else
        {
            bearer = new StaticAccessTokenSource(options.AuthorizationToken!);
            _baseRedactor = new Redactor([options.ApiToken, options.AuthorizationToken]);
        }

        _redactor = _baseRedactor;
        AllowedBaseAddresses = OAuthTokens is null
            ? [BaseAddress, WebhookBaseAddress, MarketplaceBaseAddress]
            : [BaseAddress, WebhookBaseAddress, MarketplaceBaseAddress, new Uri(OAuthTokens.TokenAddress, ".")];
        Signer = new AvinodeConnectionSigner(new AvinodeHeaderSigner(settings, bearer, time), settings, time, options.OAuth?.ClientSecret);
        Webhooks = new Webhooks.AvinodeWebhookClient(this);
    }

    /// <summary>The connection's webhook settings client, shared by every client kind of the connection (SchedAero today, the Marketplace later).</summary>
    public Webhooks.IAvinodeWebhookClient Webhooks { get; }

    public string Name { get; }

    public AvinodeClientOptions Options { get; }

    public string HttpClientName { get; }

    public Uri BaseAddress { get; }

    public Uri WebhookBaseAddress { get; }

    public Uri MarketplaceBaseAddress { get; }

    /// <summary>The OAuth token source when the connection uses client credentials; otherwise <see langword="null"/>.</summary>
    public OAuthAccessTokenSource? OAuthTokens { get; }

    public IRequestSigner Signer { get; }

    /// <summary>
    /// The connection's redactor: the API token, the static bearer token or the OAuth client secret, and the OAuth
    /// access tokens issued recently (replaced as tokens are issued).
    /// </summary>
    public Redactor Redactor => _redactor;

    public Uri BaseFor(AvinodeService service) => service switch
    {
        AvinodeService.SchedAero => BaseAddress,
        AvinodeService.Marketplace => MarketplaceBaseAddress,
        _ => WebhookBaseAddress,
    };

    /// <summary>
    /// Where the connection's requests may go (Core pins every attempt and redirect hop to these): the SchedAero, webhook
    /// and Marketplace base addresses and the folder of the OAuth token endpoint. Anything else — an href, a
    /// <c>Location</c> or a redirect naming another origin, or a path outside these — is refused before it is sent.
    /// </summary>
    public IReadOnlyList<Uri> AllowedBaseAddresses { get; }

    /// <summary>Teaches the redactor a newly issued OAuth access token (the last few are kept).</summary>
    public void RememberToken(string token)
    {
        lock (_tokensLock)
        {
            _recentTokens.Add(token);
            if (_recentTokens.Count > 4)
            {
                _recentTokens.RemoveAt(0);
            }

            _redactor = _baseRedactor.WithSecrets([.. _recentTokens]);
        }
    }

    public RateLimitInfo? GetRateLimit(AvinodeService service) => _rateLimits.TryGetValue(service, out var info) ? info : null;

    /// <summary>A request for a path relative to the service's base address, with optional sparse fields.</summary>
    public HttpRequestMessage CreateRequest(HttpMethod method, AvinodeService service, string relativePath, ApiOperation operation, SparseFields? fields = null, HttpContent? content = null, IEnumerable<KeyValuePair<string, string?>>? query = null) =>
        CreateRequest(method, WithFields(ApiUri.Combine(BaseFor(service), relativePath, query), fields, RepeatsArrays(service)), operation, content);

    /// <summary>A request for a server-provided href (absolute used as is; relative resolved against the service's base).</summary>
    public HttpRequestMessage CreateHrefRequest(HttpMethod method, AvinodeService service, string href, ApiOperation operation, SparseFields? fields = null) =>
        CreateRequest(method, WithFields(ApiUri.ResolveHref(BaseFor(service), href), fields, RepeatsArrays(service)), operation, null);

    /// <summary>
    /// Sends an operation that returns data and reads the <c>{meta, data}</c> envelope. The result always carries the
    /// data: an answer without it is an <see cref="AvinodeSoftErrorException"/> when it reports soft errors (whatever
    /// <see cref="AvinodeClientOptions.TreatSoftErrorsAsExceptions"/> says: there is nothing to return), otherwise an
    /// <see cref="InvalidResponseException"/>.
    /// </summary>
    public Task<AvinodeResponse<T>> SendAsync<T>(HttpRequestMessage request, JsonTypeInfo<AvinodeEnvelopeWire<T>> typeInfo, AvinodeService service, CancellationToken cancellationToken) =>
        SendAsync(request, typeInfo, service, whenAbsent: null, cancellationToken);

    /// <summary>
    /// Like <see cref="SendAsync{T}(HttpRequestMessage, JsonTypeInfo{AvinodeEnvelopeWire{T}}, AvinodeService, CancellationToken)"/>
    /// for a collection the server may leave out when it is empty: an answer without data and without soft errors
    /// carries <paramref name="whenAbsent"/> (e.g. no subscriptions); with soft errors it is still an
    /// <see cref="AvinodeSoftErrorException"/> (an empty list would claim a result the server did not give).
    /// </summary>
    public async Task<AvinodeResponse<T>> SendAsync<T>(HttpRequestMessage request, JsonTypeInfo<AvinodeEnvelopeWire<T>> typeInfo, AvinodeService service, Func<T>? whenAbsent, CancellationToken cancellationToken)
    {
        // One async layer over the transport's (this is the per-call hot path): read, then interpret synchronously.
        using var response = await SendRawAsync(request, service, cancellationToken).ConfigureAwait(false);
        var envelope = await ReadEnvelopeAsync(response, typeInfo, emptyAllowed: whenAbsent is not null, cancellationToken).ConfigureAwait(false);
        return Interpret(response, envelope, whenAbsent, acceptLocation: false).Response!;
    }

    /// <summary>
    /// Sends a create whose answer (201) carries the new resource or, assumed possible, only its <c>Location</c>: then
    /// the resource is read from it with an idempotent GET (through the pipeline, which refuses any origin or path the
    /// connection is not configured for). The result's data and rate limit are the read's; its status and meta are the
    /// create's, so soft errors of the create are never dropped. An answer with neither the resource nor a
    /// <c>Location</c> is an <see cref="AvinodeSoftErrorException"/> when it reports soft errors, otherwise an
    /// <see cref="InvalidResponseException"/>.
    /// </summary>
    /// <param name="request">The create request.</param>
    /// <param name="typeInfo">The envelope of the resource.</param>
    /// <param name="service">The service the request goes to.</param>
    /// <param name="readOperation">The operation of the GET.</param>
    /// <param name="prepareRead">Adjusts the GET before it is sent (e.g. suppresses the act-as account), if needed.</param>
    /// <param name="cancellationToken">Cancels the calls.</param>
    public async Task<AvinodeResponse<T>> CreateAndReadAsync<T>(
        HttpRequestMessage request,
        JsonTypeInfo<AvinodeEnvelopeWire<T>> typeInfo,
        AvinodeService service,
        ApiOperation readOperation,
        Action<HttpRequestMessage>? prepareRead,
        CancellationToken cancellationToken)
    {
        Answer<T> created;
        using (var answer = await SendRawAsync(request, service, cancellationToken).ConfigureAwait(false))
        {
            created = Interpret(answer, await ReadEnvelopeAsync(answer, typeInfo, emptyAllowed: true, cancellationToken).ConfigureAwait(false), whenAbsent: null, acceptLocation: true);
        }

        if (created.Response is { } response)
        {
            return response;
        }

        using var read = CreateHrefRequest(HttpMethod.Get, service, created.Location!.Location.AbsoluteUri, readOperation);
        prepareRead?.Invoke(read);
        var resource = await SendAsync(read, typeInfo, service, cancellationToken).ConfigureAwait(false);
        return new AvinodeResponse<T>(resource.Data, created.StatusCode, created.Meta, resource.RateLimit ?? created.RateLimit);
    }

    /// <summary>Sends a request whose answer carries only <c>meta</c> (the body may also be empty; a <c>data</c> member is ignored).</summary>
    public async Task<AvinodeResponse> SendForMetaAsync(HttpRequestMessage request, AvinodeService service, CancellationToken cancellationToken)
    {
        using var response = await SendRawAsync(request, service, cancellationToken).ConfigureAwait(false);
        var meta = await ReadMetaAsync(response, cancellationToken).ConfigureAwait(false);
        ThrowIfStrict(response, meta);
        return new AvinodeResponse(response.StatusCode, meta, RateLimitOf(response));
    }

    /// <summary>
    /// Sends a create whose answer is 201 with <c>Location</c> (the body may carry only <c>meta</c>). An answer without
    /// a usable <c>Location</c> is an <see cref="AvinodeSoftErrorException"/> when it reports soft errors, otherwise an
    /// <see cref="InvalidResponseException"/>.
    /// </summary>
    public async Task<AvinodeResponse<CreatedResource>> SendCreateAsync(HttpRequestMessage request, AvinodeService service, CancellationToken cancellationToken)
    {
        using var response = await SendRawAsync(request, service, cancellationToken).ConfigureAwait(false);
        var meta = await ReadMetaAsync(response, cancellationToken).ConfigureAwait(false);
        ThrowIfStrict(response, meta);
        var created = CreatedFrom(response) ?? throw NoData(response, meta, "The create answer carried no Location header");
        return new AvinodeResponse<CreatedResource>(created, response.StatusCode, meta, RateLimitOf(response));
    }

    /// <summary>Sends a streamed request; the caller owns the returned download.</summary>
    public async Task<AvinodeFileDownload> DownloadAsync(HttpRequestMessage request, AvinodeService service, CancellationToken cancellationToken)
    {
        var response = await SendRawAsync(request, service, cancellationToken).ConfigureAwait(false);
        try
        {
            var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            return new AvinodeFileDownload(response, stream);
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    /// <summary>The created resource from a <c>Location</c> header: the id is its final segment, as the vendor documents.</summary>
    public static CreatedResource? CreatedFrom(HttpResponseMessage response)
    {
        var location = response.Headers.Location;
        if (location is null)
        {
            return null;
        }

        if (!location.IsAbsoluteUri && response.RequestMessage?.RequestUri is { } requestUri)
        {
            location = new Uri(requestUri, location);
        }

        var path = location.IsAbsoluteUri ? location.AbsolutePath : location.OriginalString.Split('?')[0];
        var segment = path.TrimEnd('/').Split('/')[^1];
        return string.IsNullOrWhiteSpace(segment) ? null : new CreatedResource { Id = new ResourceId(Uri.UnescapeDataString(segment)), Location = location };
    }

    private static HttpRequestMessage CreateRequest(HttpMethod method, Uri uri, ApiOperation operation, HttpContent? content)
    {
        var request = new HttpRequestMessage(method, uri) { Content = content };
        // Stored as sent: no header-value parsing per request.
        request.Headers.TryAddWithoutValidation("Accept", "application/json");
        request.SetOperation(operation);
        return request;
    }

    // The Marketplace reference documents fields[type] as an array query parameter (the parameter repeated per value);
    // the SchedAero seed writes one parameter with a comma-separated list.
    private static bool RepeatsArrays(AvinodeService service) => service == AvinodeService.Marketplace;

    // The seed writes fields[type]=a,b with a literal comma; names and values are validated by SparseFields, the
    // remaining characters are percent-encoded.
    private static Uri WithFields(Uri uri, SparseFields? fields, bool repeat)
    {
        if (fields is null)
        {
            return uri;
        }

        var text = new StringBuilder(uri.AbsoluteUri);
        var separator = string.IsNullOrEmpty(uri.Query) ? '?' : '&';
        foreach (var entry in fields.Entries)
        {
            if (repeat)
            {
                foreach (var value in entry.Value)
                {
                    text.Append(separator).Append("fields[").Append(Uri.EscapeDataString(entry.Key)).Append("]=").Append(Uri.EscapeDataString(value));
                    separator = '&';
                }

                continue;
            }

            text.Append(separator).Append("fields[").Append(Uri.EscapeDataString(entry.Key)).Append("]=")
                .Append(string.Join(',', entry.Value.Select(Uri.EscapeDataString)));
            separator = '&';
        }

        return new Uri(text.ToString(), UriKind.Absolute);
    }

    private static RateLimitInfo? RateLimitOf(HttpResponseMessage response) => response.RequestMessage?.GetRateLimit();

    /// <summary>
    /// Sends through Core's one transport (failures become typed exceptions); the caller owns the response. With OAuth
    /// the token is fetched first, outside the call's pipeline: no attempt timeout of the call covers a token fetch,
    /// and a token failure (the token pipeline's own typed error) reaches the caller without entering the call's
    /// pipeline, its breaker or its retries. The signing stage then signs every attempt with the cached token (and
    /// refreshes it itself when it goes stale mid-call or the server rejected it).
    /// </summary>
    public Task<HttpResponseMessage> SendRawAsync(HttpRequestMessage request, AvinodeService service, CancellationToken cancellationToken)
    {
        if (OAuthTokens is { } tokens)
        {
            var token = tokens.GetTokenAsync(cancellationToken);
            if (!token.IsCompletedSuccessfully)
            {
                return SendAfterTokenAsync(token, request, service, cancellationToken);
            }

            // A cached token: no state machine.
            token.GetAwaiter().GetResult();
        }

        return SendThroughPipelineAsync(request, service, cancellationToken);
    }

    private async Task<HttpResponseMessage> SendAfterTokenAsync(ValueTask<string> token, HttpRequestMessage request, AvinodeService service, CancellationToken cancellationToken)
    {
        await token.ConfigureAwait(false);
        return await SendThroughPipelineAsync(request, service, cancellationToken).ConfigureAwait(false);
    }

    private Task<HttpResponseMessage> SendThroughPipelineAsync(HttpRequestMessage request, AvinodeService service, CancellationToken cancellationToken) =>
        _transport.SendAsync(request, Redactor, _observers[(int)service], cancellationToken);

    // Every answer, success or not: the service's latest rate limit, and a rejected OAuth token dropped.
    private void Observe(HttpResponseMessage response, AvinodeService service)
    {
        var rateLimit = RateLimitOf(response);
        if (rateLimit is not null)
        {
            _rateLimits[service] = rateLimit;
        }

        // The server no longer accepts the cached token (revoked, or the clocks disagree): the next call gets a new one.
        // A 401 that is a spent quota (X-Rate-Limit-Remaining: 0) says nothing about the token: it is kept.
        if (response.StatusCode == HttpStatusCode.Unauthorized && OAuthTokens is not null && rateLimit is not { IsExhausted: true }
            && response.RequestMessage?.Headers.Authorization?.Parameter is { } rejected)
        {
            OAuthTokens.Invalidate(rejected);
        }
    }

    // The connection's secrets, plus the call's own (e.g. a webhook client secret in the body it sent).
    private Redactor RedactorFor(HttpResponseMessage response) => Redactor.ForRequest(response.RequestMessage);

    // The whole body: a meta-only answer may still carry a data member (ignored) of any size, so no bounded read.
    private async Task<AvinodeMeta> ReadMetaAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.Content.Headers.ContentLength == 0)
        {
            return AvinodeMeta.Empty;
        }

        byte[] body;
        try
        {
            body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException && !cancellationToken.IsCancellationRequested)
        {
            throw new ServiceFailureException("The response body could not be read", ApiExceptionFactory.Details(response.RequestMessage, response), ex);
        }

        var json = new ReadOnlySpan<byte>(body);
        json = json.StartsWith(Encoding.UTF8.Preamble) ? json[Encoding.UTF8.Preamble.Length..] : json;
        if (json.Trim(" \t\r\n"u8).IsEmpty)
        {
            return AvinodeMeta.Empty;
        }

        try
        {
            return JsonSerializer.Deserialize(json, AvinodeJsonContext.Wire.AvinodeMetaWire)?.Meta ?? AvinodeMeta.Empty;
        }
        catch (JsonException ex)
        {
            var text = Encoding.UTF8.GetString(json[..Math.Min(json.Length, ApiResponses.MaxErrorBodyBytes)]);
            throw ApiExceptionFactory.InvalidResponse(response, "Invalid JSON in the response body", text, ex, RedactorFor(response));
        }
    }

    private void ThrowIfStrict(HttpResponseMessage response, AvinodeMeta meta)
    {
        if (Options.TreatSoftErrorsAsExceptions && meta.Errors.Count > 0)
        {
            throw ApiTransport.Fail(response, AvinodeErrorReader.SoftErrors(meta), null, Redactor);
        }
    }

    // The data is absent: a soft-error answer has nothing to return (thrown whatever TreatSoftErrorsAsExceptions says,
    // with the meta, status and rate limit); an answer without errors is not what the operation promises.
    private AviationApiException NoData(HttpResponseMessage response, AvinodeMeta meta, string reason) =>
        meta.Errors.Count > 0
            ? ApiTransport.Fail(
                response,
                new ApiErrorReading(AvinodeErrorReader.ToContent(meta.Errors), (details, _) => new AvinodeSoftErrorException("The vendor reported errors and sent no data", details, meta)),
                null,
                RedactorFor(response))
            : ApiExceptionFactory.InvalidResponse(response, reason, null, null, RedactorFor(response));

    // Where an answer may carry no data (a list left out, a create answered with Location only), an empty body is an
    // envelope without data or meta; elsewhere it is invalid JSON (InvalidResponseException). Content-Length is only
    // looked at there: computing it stores a header, which the per-call hot path would pay for. Not async, so the hot
    // path pays no extra state machine either.
    private Task<AvinodeEnvelopeWire<T>> ReadEnvelopeAsync<T>(HttpResponseMessage response, JsonTypeInfo<AvinodeEnvelopeWire<T>> typeInfo, bool emptyAllowed, CancellationToken cancellationToken) =>
        emptyAllowed && response.Content.Headers.ContentLength == 0
            ? Task.FromResult(new AvinodeEnvelopeWire<T>())
            : ApiResponses.ReadJsonAsync(response, typeInfo, RedactorFor(response), cancellationToken);

    // The response when the data is there (or the stand-in for a collection left out), the Location when the caller
    // accepts one instead (a create); otherwise throws (NoData), as documented on SendAsync and CreateAndReadAsync.
    private Answer<T> Interpret<T>(HttpResponseMessage response, AvinodeEnvelopeWire<T> envelope, Func<T>? whenAbsent, bool acceptLocation)
    {
        var meta = envelope.Meta ?? AvinodeMeta.Empty;
        var rateLimit = RateLimitOf(response);
        ThrowIfStrict(response, meta);
        var data = envelope.Data;
        if (IsAbsent(data) && whenAbsent is not null && meta.Errors.Count == 0)
        {
            data = whenAbsent();
        }

        if (!IsAbsent(data))
        {
            return new Answer<T>(new AvinodeResponse<T>(data!, response.StatusCode, meta, rateLimit), null, response.StatusCode, meta, rateLimit);
        }

        if (acceptLocation && CreatedFrom(response) is { } location)
        {
            return new Answer<T>(null, location, response.StatusCode, meta, rateLimit);
        }

        throw NoData(response, meta, acceptLocation ? "The resource was created but the answer carried neither the resource nor its Location" : "The response carried no data");
    }

    private static bool IsAbsent<T>(T? data) => data is null or JsonElement { ValueKind: JsonValueKind.Undefined or JsonValueKind.Null };

    // One per service, created with the connection: every answer of that service passes through Observe.
    private sealed class ServiceObserver(AvinodeConnection connection, AvinodeService service) : IResponseObserver
    {
        public void Observe(HttpResponseMessage response) => connection.Observe(response, service);
    }

    // What a JSON answer gave: the response with its data, or (a create) only the Location of the new resource.
    private readonly record struct Answer<T>(AvinodeResponse<T>? Response, CreatedResource? Location, HttpStatusCode StatusCode, AvinodeMeta Meta, RateLimitInfo? RateLimit);
}
