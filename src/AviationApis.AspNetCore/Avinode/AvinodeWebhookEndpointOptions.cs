namespace AviationApis.AspNetCore.Avinode;

/// <summary>
/// The credentials Avinode sends with every notification (<c>Authorization: Basic</c>), as set in the webhook
/// subscription's <c>clientIdentifier</c> and <c>clientSecret</c>. Both are required: a notification without them is
/// refused with 401.
/// </summary>
public sealed class AvinodeWebhookEndpointOptions
{
    /// <summary>The subscription's client identifier.</summary>
    public string? ClientIdentifier { get; set; }

    /// <summary>The subscription's client secret. Never logged.</summary>
    public string? ClientSecret { get; set; }

    /// <inheritdoc />
    public override string ToString() =>
        $"{nameof(AvinodeWebhookEndpointOptions)} {{ ClientIdentifier = {ClientIdentifier}, ClientSecret = {(ClientSecret is null ? "null" : "[REDACTED]")} }}";
}
