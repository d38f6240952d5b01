using System.Security.Cryptography;
using System.Text;

namespace AviationApis.Avinode.Notifications;

/// <summary>
/// Checks the <c>Authorization: Basic base64(clientIdentifier:clientSecret)</c> header Avinode sends with a
/// notification against the identifier and secret configured on the webhook subscription. Independent of any web
/// framework: pass the raw header value. The comparison takes the same time whether the identifier, the secret or
/// both are wrong (SHA-256 of both sides compared with <see cref="CryptographicOperations.FixedTimeEquals"/>).
/// Thread-safe; <see cref="ToString"/> never shows the secret.
/// </summary>
public sealed class WebhookBasicAuthenticator
{
    private readonly string _identifier;
    private readonly byte[] _expectedHash;

    /// <summary>Creates the authenticator.</summary>
    /// <param name="clientIdentifier">The subscription's <c>clientIdentifier</c> (must not contain <c>:</c>).</param>
    /// <param name="clientSecret">The subscription's <c>clientSecret</c>.</param>
    public WebhookBasicAuthenticator(string clientIdentifier, string clientSecret)
    {
        ArgumentException.ThrowIfNullOrEmpty(clientIdentifier);
        ArgumentException.ThrowIfNullOrEmpty(clientSecret);
        if (clientIdentifier.Contains(':', StringComparison.Ordinal))
        {
            throw new ArgumentException("A Basic user name cannot contain ':'.", nameof(clientIdentifier));
        }

        _identifier = clientIdentifier;
        _expectedHash = SHA256.HashData(Encoding.UTF8.GetBytes(clientIdentifier + ":" + clientSecret));
    }

    /// <summary>Checks an <c>Authorization</c> header value.</summary>
    /// <param name="authorizationHeader">The raw header value (e.g. <c>Basic bXlhcHA6c2VjcmV0</c>), or <see langword="null"/> when absent.</param>
    /// <returns>The outcome; anything but <see cref="WebhookAuthenticationResult.Valid"/> means reject with HTTP 401.</returns>
    public WebhookAuthenticationResult Verify(string? authorizationHeader)
    {
        if (string.IsNullOrWhiteSpace(authorizationHeader))
        {
            return WebhookAuthenticationResult.Missing;
        }

        var value = authorizationHeader.Trim();
        const string scheme = "Basic ";
        if (value.Length <= scheme.Length || !value.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
        {
            return WebhookAuthenticationResult.Malformed;
        }

        byte[] decoded;
        try
        {
            decoded = Convert.FromBase64String(value[scheme.Length..].Trim());
        }
        catch (FormatException)
        {
            return WebhookAuthenticationResult.Malformed;
        }

        try
        {
            if (Array.IndexOf(decoded, (byte)':') < 0)
            {
                return WebhookAuthenticationResult.Malformed;
            }

            var actualHash = SHA256.HashData(decoded);
            return CryptographicOperations.FixedTimeEquals(actualHash, _expectedHash) ? WebhookAuthenticationResult.Valid : WebhookAuthenticationResult.Invalid;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(decoded);
        }
    }

    /// <summary>Whether the header carries the expected credentials.</summary>
    /// <param name="authorizationHeader">The raw header value, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> only for <see cref="WebhookAuthenticationResult.Valid"/>.</returns>
    public bool IsValid(string? authorizationHeader) => Verify(authorizationHeader) == WebhookAuthenticationResult.Valid;

    /// <summary>Names the identifier; the secret is redacted.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{nameof(WebhookBasicAuthenticator)}({_identifier}:[REDACTED])";
}
