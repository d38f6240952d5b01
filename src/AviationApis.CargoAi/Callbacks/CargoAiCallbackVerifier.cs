using System.Security.Cryptography;
using System.Text;

namespace AviationApis.CargoAi.Callbacks;

/// <summary>
/// Checks that an incoming FlyWINDOW / booking / tracking callback comes from CargoAi, on the raw body bytes and a header
/// lookup, before parsing, independent of ASP.NET Core. Comparisons run in constant time and do not reveal the secret's
/// length (Basic and Bearer compare SHA-256 digests of both sides). Basic and Bearer read only the <c>Authorization</c>
/// header, so they can be checked before the body is read (pass an empty body). Create one per configured scheme
/// with <see cref="None"/>, <see cref="Basic"/>, <see cref="Bearer"/> or <see cref="Hmac"/>; instances are immutable and
/// thread-safe. <see cref="ToString"/> never prints the secret.
/// </summary>
/// <example>
/// <code>
/// var verifier = CargoAiCallbackVerifier.Hmac(apiKey);
/// var result = verifier.Verify(bodyBytes, name => request.Headers[name].FirstOrDefault());
/// if (!result.IsValid) return Results.Unauthorized();
/// var callback = CargoAiCallbackParser.Parse(bodyBytes);
/// </code>
/// </example>
public sealed class CargoAiCallbackVerifier
{
    /// <summary>The header of the HMAC scheme.</summary>
    public const string HmacHeaderName = "cargoai-api-key";

    /// <summary>The header of the Basic and Bearer schemes.</summary>
    public const string AuthorizationHeaderName = "Authorization";

    private readonly byte[] _secret;
    private readonly byte[] _secretHash;

    private CargoAiCallbackVerifier(CallbackAuthenticationScheme scheme, byte[] secret)
    {
        Scheme = scheme;
        _secret = secret;
        _secretHash = SHA256.HashData(secret);
    }

    /// <summary>The scheme this verifier checks.</summary>
    public CallbackAuthenticationScheme Scheme { get; }

    /// <summary>Accepts every request (CargoAi's default: callback authentication is off unless you ask for it).</summary>
    /// <returns>The verifier.</returns>
    public static CargoAiCallbackVerifier None() => new(CallbackAuthenticationScheme.None, []);

    /// <summary>Expects <c>Authorization: Basic base64(userName:password)</c>.</summary>
    /// <param name="userName">The user name you gave CargoAi.</param>
    /// <param name="password">The password you gave CargoAi.</param>
    /// <returns>The verifier.</returns>
    public static CargoAiCallbackVerifier Basic(string userName, string password)
    {
        ArgumentException.ThrowIfNullOrEmpty(userName);
        ArgumentException.ThrowIfNullOrEmpty(password);
        return new(CallbackAuthenticationScheme.Basic, Encoding.UTF8.GetBytes(userName + ":" + password));
    }

    /// <summary>Expects <c>Authorization: Bearer &lt;token&gt;</c> with a static token.</summary>
    /// <param name="token">The token you gave CargoAi.</param>
    /// <returns>The verifier.</returns>
    public static CargoAiCallbackVerifier Bearer(string token)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(token);
        return new(CallbackAuthenticationScheme.Bearer, Encoding.UTF8.GetBytes(token.Trim()));
    }

    /// <summary>Expects header <c>cargoai-api-key</c> = Base64(HMAC-SHA256(key = UTF-8 bytes of <paramref name="apiKey"/>, message = raw body)).</summary>
    /// <param name="apiKey">Your CargoCONNECT API key (the <c>x-api-key</c> value).</param>
    /// <returns>The verifier.</returns>
    public static CargoAiCallbackVerifier Hmac(string apiKey)
    {
        ArgumentException.ThrowIfNullOrEmpty(apiKey);
        return new(CallbackAuthenticationScheme.Hmac, Encoding.UTF8.GetBytes(apiKey));
    }

    /// <summary>Computes the HMAC header value CargoAi sends for a body (useful for tests and tools).</summary>
    /// <param name="apiKey">The API key.</param>
    /// <param name="body">The raw body bytes.</param>
    /// <returns>The Base64 signature.</returns>
    public static string ComputeHmacSignature(string apiKey, ReadOnlySpan<byte> body)
    {
        ArgumentException.ThrowIfNullOrEmpty(apiKey);
        return Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(apiKey), body));
    }

    /// <summary>Verifies one request.</summary>
    /// <param name="body">The raw body bytes exactly as received (before any parsing).</param>
    /// <param name="getHeader">Returns a request header's value by name (case-insensitive lookup expected), or <see langword="null"/>.</param>
    /// <returns>Whether the request is authentic, with a reason safe to log.</returns>
    public CallbackVerificationResult Verify(ReadOnlySpan<byte> body, Func<string, string?> getHeader)
    {
        ArgumentNullException.ThrowIfNull(getHeader);
        return Scheme switch
        {
            CallbackAuthenticationScheme.None => CallbackVerificationResult.Valid("Callback authentication is not enabled."),
            CallbackAuthenticationScheme.Basic => VerifyAuthorization(getHeader(AuthorizationHeaderName), "Basic", decodeBase64: true),
            CallbackAuthenticationScheme.Bearer => VerifyAuthorization(getHeader(AuthorizationHeaderName), "Bearer", decodeBase64: false),
            _ => VerifyHmac(body, getHeader(HmacHeaderName)),
        };
    }

    /// <inheritdoc />
    public override string ToString() => $"CargoAiCallbackVerifier({Scheme}, secret: [REDACTED])";

    private CallbackVerificationResult VerifyAuthorization(string? header, string scheme, bool decodeBase64)
    {
        if (string.IsNullOrWhiteSpace(header))
        {
            return CallbackVerificationResult.Invalid(CallbackVerificationFailure.MissingHeader, $"The {AuthorizationHeaderName} header is missing.");
        }

        header = header.Trim();
        if (header.Length <= scheme.Length || !header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) || header[scheme.Length] != ' ')
        {
            return CallbackVerificationResult.Invalid(CallbackVerificationFailure.MalformedHeader, $"The {AuthorizationHeaderName} header does not use the {scheme} scheme.");
        }

        var credentials = header[(scheme.Length + 1)..].Trim();
        byte[] received;
        if (decodeBase64)
        {
            var buffer = new byte[credentials.Length];
            if (!Convert.TryFromBase64String(credentials, buffer, out var written))
            {
                return CallbackVerificationResult.Invalid(CallbackVerificationFailure.MalformedHeader, "The Basic credentials are not valid Base64.");
            }

            received = buffer.AsSpan(0, written).ToArray();
        }
        else
        {
            received = Encoding.UTF8.GetBytes(credentials);
        }

        // Both sides are hashed to 32 bytes first: FixedTimeEquals returns at once on a length mismatch, which would
        // tell a caller how long the secret is.
        Span<byte> receivedHash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(received, receivedHash);
        CryptographicOperations.ZeroMemory(received);
        return CryptographicOperations.FixedTimeEquals(receivedHash, _secretHash)
            ? CallbackVerificationResult.Valid($"The {scheme} credentials match.")
            : CallbackVerificationResult.Invalid(CallbackVerificationFailure.Mismatch, $"The {scheme} credentials do not match.");
    }

    private CallbackVerificationResult VerifyHmac(ReadOnlySpan<byte> body, string? header)
    {
        if (string.IsNullOrWhiteSpace(header))
        {
            return CallbackVerificationResult.Invalid(CallbackVerificationFailure.MissingHeader, $"The {HmacHeaderName} header is missing.");
        }

        Span<byte> received = stackalloc byte[64];
        if (!Convert.TryFromBase64String(header.Trim(), received, out var written))
        {
            return CallbackVerificationResult.Invalid(CallbackVerificationFailure.MalformedHeader, $"The {HmacHeaderName} header is not a Base64 HMAC-SHA256.");
        }

        Span<byte> expected = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(_secret, body, expected);
        return CryptographicOperations.FixedTimeEquals(received[..written], expected)
            ? CallbackVerificationResult.Valid("The HMAC signature matches.")
            : CallbackVerificationResult.Invalid(CallbackVerificationFailure.Mismatch, "The HMAC signature does not match the body.");
    }
}
