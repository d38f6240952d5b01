namespace AviationApis.Core.Errors;

/// <summary>
/// A request, a server-given href, a <c>Location</c> or a redirect named an origin (scheme, host, port) or a path this
/// client is not configured for, so nothing was sent there: credentials go only to the configured base address (under
/// its path) and to the hosts the vendor documents for the client. Never retried. The message names the refused origin,
/// never a path, query or credential.
/// </summary>
public sealed class OriginNotAllowedException : AviationApiException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">A short description (must not contain secrets).</param>
    /// <param name="refusedOrigin">The refused origin, e.g. <c>http://127.0.0.1:5001</c> (scheme, host and port only).</param>
    /// <param name="details">What is known about the failure.</param>
    public OriginNotAllowedException(string message, string refusedOrigin, ApiErrorDetails details)
        : base(message, details)
    {
        RefusedOrigin = refusedOrigin ?? throw new ArgumentNullException(nameof(refusedOrigin));
    }

    /// <summary>The refused origin: scheme, host and port, without user information, path or query.</summary>
    public string RefusedOrigin { get; }
}
