namespace AviationApis.CargoAi.Callbacks;

/// <summary>How CargoAi authenticates its callbacks to you (agreed with CargoAi; disabled by default).</summary>
public enum CallbackAuthenticationScheme
{
    /// <summary>No authentication (the vendor's default): every request is accepted.</summary>
    None = 0,

    /// <summary><c>Authorization: Basic base64(user:password)</c> with credentials you gave CargoAi.</summary>
    Basic = 1,

    /// <summary><c>Authorization: Bearer &lt;token&gt;</c> with a static token you gave CargoAi.</summary>
    Bearer = 2,

    /// <summary>Header <c>cargoai-api-key</c> = Base64(HMAC-SHA256(key = your API key, message = the raw body bytes)).</summary>
    Hmac = 3,
}
