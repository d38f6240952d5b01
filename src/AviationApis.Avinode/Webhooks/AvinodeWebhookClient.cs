using AviationApis.Avinode.Envelope;
using AviationApis.Avinode.Json;
using AviationApis.Avinode.Resources;
using AviationApis.Avinode.Transport;
using AviationApis.Core.Errors;
using AviationApis.Core.Http;
using AviationApis.Core.RateLimits;

namespace AviationApis.Avinode.Webhooks;

/// <summary>Webhook settings on the connection's Avinode host.</summary>
internal sealed class AvinodeWebhookClient : IAvinodeWebhookClient
{
    private const string SettingsPath = "webhooks/settings";
    private static readonly ApiOperation CreateOperation = new("AvinodeWebhooks.Create", Idempotency.NonIdempotent);
    private static readonly ApiOperation ListOperation = new("AvinodeWebhooks.List", Idempotency.Idempotent);
    private static readonly ApiOperation GetOperation = new("AvinodeWebhooks.Get", Idempotency.Idempotent);
    private static readonly ApiOperation UpdateOperation = new("AvinodeWebhooks.Update", Idempotency.Idempotent);

    private readonly AvinodeConnection _connection;

    public AvinodeWebhookClient(AvinodeConnection connection) => _connection = connection;

    public RateLimitInfo? RateLimit => _connection.GetRateLimit(AvinodeService.Avinode);

    public async Task<AvinodeResponse<WebhookSettings>> CreateAsync(WebhookSettingsRequest settings, CancellationToken cancellationToken = default)
    {
        var body = Validate(settings, CreateOperation, requireSecretWithIdentifier: true);
        using var request = Request(HttpMethod.Post, SettingsPath, CreateOperation, body);
        // 201 with Location and meta only: the new subscription is read (idempotent) so the caller gets its id and version.
        return await _connection.CreateAndReadAsync(request, AvinodeJsonContext.Wire.AvinodeEnvelopeWebhookSettings, AvinodeService.Avinode, GetOperation, SuppressActAs, cancellationToken).ConfigureAwait(false);
    }

    public async Task<AvinodeResponse<IReadOnlyList<WebhookSettings>>> ListAsync(CancellationToken cancellationToken = default)
    {
        using var request = Request(HttpMethod.Get, SettingsPath, ListOperation, null);
        // A company without subscriptions may get no data at all: an empty list.
        return await _connection.SendAsync(request, AvinodeJsonContext.Wire.AvinodeEnvelopeWebhookSettingsList, AvinodeService.Avinode, static () => [], cancellationToken).ConfigureAwait(false);
    }

    public async Task<AvinodeResponse<WebhookSettings>> GetAsync(ResourceId id, CancellationToken cancellationToken = default)
    {
        RequireId(id, GetOperation);
        using var request = Request(HttpMethod.Get, SettingsPath + "/" + ApiUri.Segment(id.ToString()), GetOperation, null);
        return await _connection.SendAsync(request, AvinodeJsonContext.Wire.AvinodeEnvelopeWebhookSettings, AvinodeService.Avinode, cancellationToken).ConfigureAwait(false);
    }

    public async Task<AvinodeResponse<WebhookSettings>> UpdateAsync(ResourceId id, WebhookSettingsRequest settings, CancellationToken cancellationToken = default)
    {
        RequireId(id, UpdateOperation);
        var body = Validate(settings, UpdateOperation, requireSecretWithIdentifier: false);
        using var request = Request(HttpMethod.Put, SettingsPath + "/" + ApiUri.Segment(id.ToString()), UpdateOperation, body);
        return await _connection.SendAsync(request, AvinodeJsonContext.Wire.AvinodeEnvelopeWebhookSettings, AvinodeService.Avinode, cancellationToken).ConfigureAwait(false);
    }

    public async Task<AvinodeResponse<WebhookSettings>> SetActiveAsync(ResourceId id, bool active, CancellationToken cancellationToken = default)
    {
        var current = await GetAsync(id, cancellationToken).ConfigureAwait(false);
        return await UpdateAsync(id, WebhookSettingsRequest.From(current.Data) with { Active = active }, cancellationToken).ConfigureAwait(false);
    }

    private static void RequireId(ResourceId id, ApiOperation operation)
    {
        if (id.IsEmpty)
        {
            throw ApiExceptionFactory.ClientValidation(operation, new ApiFieldError("id", "The subscription id is required."));
        }
    }

    private static WebhookSettingsRequest Validate(WebhookSettingsRequest settings, ApiOperation operation, bool requireSecretWithIdentifier)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var errors = new List<ApiFieldError>();
        if (settings.TargetUri is not { IsAbsoluteUri: true } target || target.Scheme != Uri.UriSchemeHttps)
        {
            errors.Add(new ApiFieldError("targetURI", "The target must be an absolute https URI."));
        }

        if (string.IsNullOrWhiteSpace(settings.DisplayName))
        {
            errors.Add(new ApiFieldError("displayName", "The display name is required."));
        }

        if (settings.EventTypes is not { Count: > 0 } || settings.EventTypes.Any(e => string.IsNullOrWhiteSpace(e.Value)))
        {
            errors.Add(new ApiFieldError("eventTypes", "Name at least one event type, none empty."));
        }

        var hasIdentifier = !string.IsNullOrEmpty(settings.ClientIdentifier);
        var hasSecret = !string.IsNullOrEmpty(settings.ClientSecret);
        if (hasIdentifier && settings.ClientIdentifier!.Contains(':', StringComparison.Ordinal))
        {
            errors.Add(new ApiFieldError("clientIdentifier", "A Basic user name cannot contain ':'."));
        }

        if (hasSecret && !hasIdentifier)
        {
            errors.Add(new ApiFieldError("clientIdentifier", "A client secret needs a client identifier."));
        }

        if (requireSecretWithIdentifier && hasIdentifier && !hasSecret)
        {
            errors.Add(new ApiFieldError("clientSecret", "A client identifier needs a client secret."));
        }

        if (errors.Count > 0)
        {
            throw ApiExceptionFactory.ClientValidation(operation, [.. errors]);
        }

        return hasIdentifier && settings.ClientAuthenticationType is null
            ? settings with { ClientAuthenticationType = WebhookAuthenticationType.Basic }
            : settings;
    }

    // The vendor's webhook operations take no X-Avinode-ActAsAccount: an empty per-call account suppresses the
    // connection's default in Core's signer.
    private static void SuppressActAs(HttpRequestMessage request) => request.SetActAsAccount(string.Empty);

    private HttpRequestMessage Request(HttpMethod method, string path, ApiOperation operation, WebhookSettingsRequest? body)
    {
        var content = body is null ? null : JsonRequestContent.Create(body, AvinodeJsonContext.Wire.WebhookSettingsRequest);
        var request = _connection.CreateRequest(method, AvinodeService.Avinode, path, operation, content: content);
        SuppressActAs(request);
        if (body?.ClientSecret is { } secret)
        {
            // The server may echo it (a 422 naming the field): every report about this call redacts it.
            request.AddSecrets(secret);
        }

        return request;
    }
}
