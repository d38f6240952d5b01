using System.Text.Json;
using System.Text.Json.Serialization;
using AviationApis.Avinode.Resources;

namespace AviationApis.Avinode.Webhooks;

/// <summary>
/// A webhook subscription as the server returns it (<c>/webhooks/settings</c>). The client secret is write-only: it
/// has no property here, and if a server ever echoed it, it is dropped while reading (never kept, logged or printed).
/// </summary>
public sealed record WebhookSettings : IJsonOnDeserialized
{
    /// <summary>The subscription's id; store it, updates need it. An API id: store it and pass it back; do not display or parse it.</summary>
    public ResourceId Id { get; init; }

    /// <summary>The record version.</summary>
    public int? Version { get; init; }

    /// <summary>Where Avinode posts notifications (HTTPS).</summary>
    [JsonPropertyName("targetURI")]
    public string? TargetUri { get; init; }

    /// <summary>The subscription's name.</summary>
    public string? DisplayName { get; init; }

    /// <summary>Whether notifications are sent.</summary>
    public bool Active { get; init; }

    /// <summary>The user name Avinode sends with <c>BASIC</c> authentication.</summary>
    public string? ClientIdentifier { get; init; }

    /// <summary>How Avinode authenticates to the target.</summary>
    public WebhookAuthenticationType? ClientAuthenticationType { get; init; }

    /// <summary>The subscribed event types.</summary>
    public IReadOnlyList<WebhookEventType> EventTypes { get; init => field = value ?? []; } = [];

    /// <summary>Members this SDK version does not know.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; internal set; }

    void IJsonOnDeserialized.OnDeserialized()
    {
        if (AdditionalProperties is { Count: > 0 } extra)
        {
            foreach (var key in extra.Keys.Where(k => k.Contains("secret", StringComparison.OrdinalIgnoreCase)).ToList())
            {
                extra.Remove(key);
            }
        }
    }

    private bool PrintMembers(System.Text.StringBuilder builder) =>
        ModelText.Of(builder).Add(Id).Add(Version).Add(TargetUri).Add(DisplayName).Add(Active).Add(ClientIdentifier)
            .Add(ClientAuthenticationType).Add(EventTypes).Add(AdditionalProperties).Written;
}
