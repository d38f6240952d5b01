namespace AviationApis.Reliability.Tests.Secrets;

/// <summary>
/// Every secret kind the clients are configured with in these tests. The scan looks for each verbatim. A new secret
/// kind added to any client must be added here (and to <see cref="All"/>).
/// </summary>
public static class TestSecrets
{
    /// <summary>CargoAi / generic <c>x-api-key</c>.</summary>
    public const string ApiKey = "rk-live-3f9c2a7e41d84b0c9e5f";

    /// <summary>A bearer token (Avinode <c>Authorization: Bearer</c>).</summary>
    public const string BearerToken = "eyJhbGciOiJIUzI1NiJ9.cmVsaWFiaWxpdHk.Zm9vYmFyYmF6cXV4";

    /// <summary>The Avinode <c>X-Avinode-ApiToken</c>.</summary>
    public const string AvinodeApiToken = "avn-token-7d1e5b9c0a2f48e6b3c4";

    /// <summary>The Cangooroo password.</summary>
    public const string CangoorooPassword = "Cg!pass-9081-secreta";

    /// <summary>The CargoAi webhook secret.</summary>
    public const string CargoAiWebhookSecret = "cargo-hook-5e2b7c91d04f";

    /// <summary>The Avinode webhook secret.</summary>
    public const string AvinodeWebhookSecret = "avn-hook-0c8d3f6a17b2";

    /// <summary>A CargoAi portal user token returned by the users API (a credential of the end user).</summary>
    public const string CargoAiUserToken = "cai-usr-4e8a1c7b9d2f60aa";

    /// <summary>The Avinode OAuth client secret (Marketplace client credentials).</summary>
    public const string AvinodeOAuthClientSecret = "avn-oauth-secret-61f0b2d9e8c4";

    /// <summary>The access token Avinode's OAuth endpoint issues in these tests.</summary>
    public const string AvinodeOAuthAccessToken = "avn-access-token-3c9e7a15d2b84f06";

    /// <summary>A test card number (Luhn-valid, the classic test Visa).</summary>
    public const string CardNumber = "4111111111111111";

    /// <summary>The card's security code. Too short to scan for verbatim: scanned next to a field name (see <see cref="SecretScanner"/>).</summary>
    public const string CardSecurityCode = "737";

    /// <summary>A CargoAi key with the characters encoders rewrite (<c>/ + &amp; &lt; &gt;</c>): header-safe ASCII.</summary>
    public const string EscapableApiKey = "rk/live+3f9c&2a<7e>41d8";

    /// <summary>An Avinode API token with characters encoders rewrite.</summary>
    public const string EscapableAvinodeToken = "avn/tok+7d1e&5b<9c>0a2f";

    /// <summary>A bearer token with the token68 characters encoders rewrite (<c>+ / =</c>).</summary>
    public const string EscapableBearerToken = "eyJ+hbGci/OiJIUzI1+NiJ9/cmVs==";

    /// <summary>A Cangooroo password with a slash, a plus, an accent and HTML characters (it travels in the body).</summary>
    public const string EscapablePassword = "Pw/2024+\u00e9&x<y>";

    /// <summary>Every secret long enough to be scanned for verbatim.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        ApiKey, BearerToken, AvinodeApiToken, CangoorooPassword, CargoAiWebhookSecret, AvinodeWebhookSecret, CardNumber, CargoAiUserToken,
        AvinodeOAuthClientSecret, AvinodeOAuthAccessToken, EscapableApiKey, EscapableAvinodeToken, EscapableBearerToken, EscapablePassword,
        "4111 1111 1111 1111", "4111-1111-1111-1111",
    ];
}
