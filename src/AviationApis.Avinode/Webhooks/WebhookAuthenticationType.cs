using System.Text.Json.Serialization;
using AviationApis.Core.Json;

namespace AviationApis.Avinode.Webhooks;

/// <summary>How Avinode authenticates when it calls your webhook (open set; <c>BASIC</c> is the only documented value).</summary>
[JsonConverter(typeof(ExtensibleEnumJsonConverter<WebhookAuthenticationType>))]
public readonly struct WebhookAuthenticationType : IExtensibleEnum<WebhookAuthenticationType>, IEquatable<WebhookAuthenticationType>
{
    private readonly string? _value;

    private WebhookAuthenticationType(string value) => _value = value;

    /// <summary><c>BASIC</c>: <c>Authorization: Basic base64(clientIdentifier:clientSecret)</c>; check it with <see cref="Notifications.WebhookBasicAuthenticator"/>.</summary>
    public static WebhookAuthenticationType Basic { get; } = new("BASIC");

    /// <inheritdoc />
    public string Value => _value ?? string.Empty;

    /// <inheritdoc />
    public bool IsKnown => Equals(Basic);

    /// <summary>Compares two values (ordinal).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(WebhookAuthenticationType left, WebhookAuthenticationType right) => left.Equals(right);

    /// <summary>Compares two values (ordinal).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(WebhookAuthenticationType left, WebhookAuthenticationType right) => !left.Equals(right);

    /// <inheritdoc />
    public static WebhookAuthenticationType FromValue(string value) => new(value ?? string.Empty);

    /// <inheritdoc />
    public bool Equals(WebhookAuthenticationType other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is WebhookAuthenticationType other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
