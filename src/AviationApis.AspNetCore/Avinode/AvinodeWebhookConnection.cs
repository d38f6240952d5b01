namespace AviationApis.AspNetCore.Avinode;

/// <summary>
/// The credentials of one Avinode webhook subscription (one company, one API connection): the
/// <c>clientIdentifier</c> and <c>clientSecret</c> Avinode sends as <c>Authorization: Basic</c> with its notifications.
/// </summary>
public sealed class AvinodeWebhookConnection
{
    /// <summary>The subscription's client identifier (must not contain <c>:</c>).</summary>
    public string? ClientIdentifier { get; set; }

    /// <summary>The subscription's client secret. Never logged.</summary>
    public string? ClientSecret { get; set; }

    /// <inheritdoc />
    public override string ToString() =>
        $"{nameof(AvinodeWebhookConnection)} {{ ClientIdentifier = {ClientIdentifier}, ClientSecret = {(ClientSecret is null ? "null" : "[REDACTED]")} }}";
}
