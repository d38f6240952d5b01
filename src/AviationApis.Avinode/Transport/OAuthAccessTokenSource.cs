using System.Globalization;
using System.Text.Json;
using AviationApis.Avinode.DependencyInjection;
using AviationApis.Avinode.Options;
using AviationApis.Core.Errors;
using AviationApis.Core.Http;
using AviationApis.Core.Signing;

namespace AviationApis.Avinode.Transport;

/// <summary>
/// Bearer tokens from Avinode's OAuth client-credentials endpoint (<c>POST /oauth/token</c>, form-encoded), cached
/// until <see cref="AvinodeOAuthOptions.RefreshBeforeExpiry"/> before they expire (read from the injected
/// <see cref="TimeProvider"/>). Concurrent callers that find the token stale share one refresh. Tokens and the client
/// secret are never logged: the request body is never logged by the pipeline, and each new token is taught to the
/// connection's redactor. The token request has its own small pipeline (its own named client, budget and circuit
/// breaker, <see cref="AvinodeHttpClientNames.ForTokens"/>): it is never sent through the pipeline of
/// the calls it signs, so a failing token endpoint cannot open their breaker, nor retry inside their budget. The
/// connection fetches the token before a call enters its pipeline (so no attempt timeout of the call covers a token
/// fetch); every failure of the token request is marked <see cref="AviationApiException.FromTokenSource"/>, so a
/// refresh that fails inside an attempt (the token went stale mid-call) is neither counted nor retried there either.
/// </summary>
internal sealed class OAuthAccessTokenSource : IAccessTokenSource
{
    private static readonly ApiOperation TokenOperation = new("Avinode.OAuthToken", Idempotency.Idempotent);
    private readonly AvinodeConnection _connection;
    private readonly AvinodeOAuthOptions _options;
    private readonly Uri _tokenAddress;
    private readonly TimeProvider _time;
    private readonly ApiTransport _transport;
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private volatile CachedToken? _current;
    private int _waiting;

    public OAuthAccessTokenSource(AvinodeConnection connection, AvinodeOAuthOptions options, Uri tokenAddress, IHttpClientFactory httpClientFactory, TimeProvider time)
    {
        _transport = new ApiTransport(httpClientFactory, AvinodeHttpClientNames.ForTokens(connection.Name), AvinodeErrorReader.Instance);
        _connection = connection;
        _options = options;
        _tokenAddress = tokenAddress;
        _time = time;
    }

    public Uri TokenAddress => _tokenAddress;

    /// <summary>How many callers are waiting for the refresh in flight (tests use it as their signal).</summary>
    internal int RefreshWaiters => Volatile.Read(ref _waiting);

    public async ValueTask<string> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (_current is { } cached && _time.GetUtcNow() < cached.RefreshAt)
        {
            return cached.Token;
        }

        Interlocked.Increment(ref _waiting);
        try
        {
            await _refresh.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            Interlocked.Decrement(ref _waiting);
        }

        try
        {
            // Another caller may have refreshed while this one waited.
            if (_current is { } fresh && _time.GetUtcNow() < fresh.RefreshAt)
            {
                return fresh.Token;
            }

            var token = await RequestAsync(cancellationToken).ConfigureAwait(false);
            _current = token;
            return token.Token;
        }
        catch (AviationApiException ex)
        {
            // Whoever surfaces it (the connection's prefetch, or the signing stage of an attempt when the token went
            // stale mid-call), the signed call's pipeline must neither count it against its breaker nor retry it.
            ex.MarkFromTokenSource();
            throw;
        }
        finally
        {
            _refresh.Release();
        }
    }

    /// <summary>Drops the cached token if it is the one the server rejected.</summary>
    public void Invalidate(string rejectedToken)
    {
        if (_current is { } cached && string.Equals(cached.Token, rejectedToken, StringComparison.Ordinal))
        {
            _current = null;
        }
    }

    public override string ToString() => $"{nameof(OAuthAccessTokenSource)}({_options})";

    private async Task<CachedToken> RequestAsync(CancellationToken cancellationToken)
    {
        var form = new List<KeyValuePair<string, string>>
        {
            new("grant_type", "client_credentials"),
            new("client_id", _options.ClientId!),
            new("client_secret", _options.ClientSecret!),
        };
        if (_options.TokenLifetimeMinutes is { } minutes)
        {
            form.Add(new("expiresInMinutes", minutes.ToString(CultureInfo.InvariantCulture)));
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, _tokenAddress) { Content = new FormUrlEncodedContent(form) };
        request.Headers.Accept.ParseAdd("application/json");
        request.SetOperation(TokenOperation);
        AvinodeConnectionSigner.MarkTokenRequest(request);
        var issuedAt = _time.GetUtcNow();
        using var response = await _transport.SendAsync(request, _connection.Redactor, cancellationToken).ConfigureAwait(false);
        var text = await ApiResponses.ReadErrorBodyAsync(response, cancellationToken).ConfigureAwait(false);
        string? token;
        double? expiresInSeconds;
        try
        {
            (token, expiresInSeconds) = Parse(text);
        }
        catch (JsonException ex)
        {
            throw ApiExceptionFactory.InvalidResponse(response, "The OAuth token response is not valid JSON", null, ex, _connection.Redactor);
        }

        if (string.IsNullOrWhiteSpace(token))
        {
            throw ApiExceptionFactory.InvalidResponse(response, "The OAuth token response carried no access_token", null, null, _connection.Redactor);
        }

        _connection.RememberToken(token);
        var lifetime = expiresInSeconds is > 0 and < 86_400 * 365
            ? TimeSpan.FromSeconds(expiresInSeconds.Value)
            : TimeSpan.FromMinutes(_options.TokenLifetimeMinutes ?? AvinodeOAuthOptions.DefaultTokenLifetimeMinutes);
        var margin = _options.RefreshBeforeExpiry < lifetime ? _options.RefreshBeforeExpiry : lifetime / 2;
        return new CachedToken(token, issuedAt + lifetime - margin);
    }

    // Standard OAuth members (access_token, expires_in), tolerating camelCase and a {meta, data} envelope: the
    // vendor does not document the response.
    private static (string? Token, double? ExpiresIn) Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, null);
        }

        using var document = JsonDocument.Parse(text);
        var root = document.RootElement;
        if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object)
        {
            root = data;
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            return (null, null);
        }

        var token = Member(root, "access_token", "accessToken") is { ValueKind: JsonValueKind.String } t ? t.GetString() : null;
        double? expiresIn = Member(root, "expires_in", "expiresIn") switch
        {
            { ValueKind: JsonValueKind.Number } n => n.GetDouble(),
            { ValueKind: JsonValueKind.String } s when double.TryParse(s.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ => null,
        };
        return (token, expiresIn);
    }

    private static JsonElement? Member(JsonElement element, string snake, string camel) =>
        element.TryGetProperty(snake, out var value) || element.TryGetProperty(camel, out value) ? value : null;

    private sealed record CachedToken(string Token, DateTimeOffset RefreshAt)
    {
        public override string ToString() => $"{nameof(CachedToken)}([REDACTED], {RefreshAt:O})";
    }
}
