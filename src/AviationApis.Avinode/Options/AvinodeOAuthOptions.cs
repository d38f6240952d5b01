namespace AviationApis.Avinode.Options;

/// <summary>
/// OAuth 2.0 client-credentials settings of one connection (<c>Avinode:OAuth:*</c>). The token is requested with
/// <c>POST {MarketplaceBaseAddress}oauth/token</c> (form-encoded <c>grant_type=client_credentials</c>,
/// <c>client_id</c>, <c>client_secret</c>, optional <c>expiresInMinutes</c>), cached, and refreshed
/// <see cref="RefreshBeforeExpiry"/> before it expires. The client secret and the tokens are never logged.
/// </summary>
/// <remarks>
/// The vendor documents the request but not the response: the SDK assumes the standard OAuth members
/// <c>access_token</c>, <c>token_type</c> and <c>expires_in</c> (seconds), also accepting them camel-cased or inside a
/// <c>data</c> envelope; without <c>expires_in</c> the requested lifetime (or the documented default of 30 minutes)
/// is assumed. The client authenticates with <c>client_secret_post</c> (the credentials in the form). The token is
/// assumed to replace the static bearer for every call of the connection (Marketplace, webhook settings and SchedAero
/// alike), while <c>X-Avinode-ApiToken</c> is still sent; a token the server rejects with 401 is dropped so the next
/// call fetches a new one.
/// </remarks>
public sealed class AvinodeOAuthOptions
{
    /// <summary>The documented default token lifetime, 30 minutes.</summary>
    public const int DefaultTokenLifetimeMinutes = 30;

    /// <summary>The shortest lifetime a token can be requested with (1 minute).</summary>
    public const int MinTokenLifetimeMinutes = 1;

    /// <summary>The longest lifetime a token can be requested with (120 minutes).</summary>
    public const int MaxTokenLifetimeMinutes = 120;

    /// <summary>The OAuth client id created in Avinode's OAuth management page. Setting it turns OAuth on for the connection.</summary>
    public string? ClientId { get; set; }

    /// <summary>The OAuth client secret. Required with <see cref="ClientId"/>. Never logged.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>The lifetime to ask for (<c>expiresInMinutes</c>, 1–120); <see langword="null"/> sends none (the server's default, 30 minutes).</summary>
    public int? TokenLifetimeMinutes { get; set; }

    /// <summary>How long before its expiry a cached token is replaced. Default 1 minute; must be shorter than the lifetime.</summary>
    public TimeSpan RefreshBeforeExpiry { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// The token endpoint. Default: <c>oauth/token</c> under <see cref="AvinodeClientOptions.MarketplaceBaseAddress"/>
    /// (the vendor documents <c>https://sandbox.avinode.com/api/oauth/token</c>; production assumed by analogy).
    /// </summary>
    public Uri? TokenAddress { get; set; }

    /// <summary><see langword="true"/> when a client id or secret is set (OAuth replaces the static bearer token).</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(ClientId) || !string.IsNullOrWhiteSpace(ClientSecret);

    /// <summary>Describes the settings with the secret redacted.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        $"{nameof(AvinodeOAuthOptions)} {{ ClientId = {ClientId}, ClientSecret = {(ClientSecret is null ? "null" : "[REDACTED]")}, "
        + $"TokenLifetimeMinutes = {TokenLifetimeMinutes}, RefreshBeforeExpiry = {RefreshBeforeExpiry}, TokenAddress = {TokenAddress} }}";
}
