using System.Text.Json.Serialization;

namespace AviationApis.Avinode.Webhooks;

/// <summary>
/// Creates or replaces a webhook subscription (<c>POST /webhooks/settings</c>, <c>PUT /webhooks/settings/{id}</c>).
/// <see cref="ClientSecret"/> is sent to the server and nowhere else: <see cref="ToString"/> redacts it and the
/// pipeline never logs bodies.
/// </summary>
public sealed record WebhookSettingsRequest
{
    /// <summary>Where Avinode posts notifications. Must be an absolute <c>https</c> URI.</summary>
    [JsonPropertyName("targetURI")]
    public required Uri TargetUri { get; init; }

    /// <summary>The subscription's name (required).</summary>
    public required string DisplayName { get; init; }

    /// <summary>Whether notifications are sent. Default <see langword="true"/>.</summary>
    public bool Active { get; init; } = true;

    /// <summary>The user name Avinode sends with <c>BASIC</c> authentication (must not contain <c>:</c>).</summary>
    public string? ClientIdentifier { get; init; }

    /// <summary>The password Avinode sends with <c>BASIC</c> authentication. Write-only: never read back.</summary>
    public string? ClientSecret { get; init; }

    /// <summary>How Avinode authenticates to the target; <c>BASIC</c> when credentials are set.</summary>
    public WebhookAuthenticationType? ClientAuthenticationType { get; init; }

    /// <summary>The event types to subscribe to (at least one).</summary>
    public required IReadOnlyList<WebhookEventType> EventTypes { get; init; }

    /// <summary>The record version to update (sent on <c>PUT</c> when known; assumed optimistic concurrency).</summary>
    public int? Version { get; init; }

    /// <summary>A request that re-sends an existing subscription's settings (without its secret, which cannot be read back).</summary>
    /// <param name="settings">The subscription as read.</param>
    /// <returns>The request.</returns>
    public static WebhookSettingsRequest From(WebhookSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new WebhookSettingsRequest
        {
            TargetUri = Uri.TryCreate(settings.TargetUri, UriKind.Absolute, out var target) ? target : throw new ArgumentException("The settings carry no absolute target URI.", nameof(settings)),
            DisplayName = settings.DisplayName ?? string.Empty,
            Active = settings.Active,
            ClientIdentifier = settings.ClientIdentifier,
            ClientAuthenticationType = settings.ClientAuthenticationType,
            EventTypes = settings.EventTypes,
            Version = settings.Version,
        };
    }

    /// <summary>Describes the request with the secret redacted.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        $"{nameof(WebhookSettingsRequest)} {{ TargetUri = {TargetUri}, DisplayName = {DisplayName}, Active = {Active}, ClientIdentifier = {ClientIdentifier}, "
        + $"ClientSecret = {(ClientSecret is null ? "null" : "[REDACTED]")}, ClientAuthenticationType = {ClientAuthenticationType}, "
        + $"EventTypes = [{string.Join(", ", EventTypes ?? [])}], Version = {Version} }}";
}
