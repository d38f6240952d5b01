namespace AviationApis.Core.Errors;

/// <summary>The server rejected the credentials or the caller lacks permission (HTTP 401, or HTTP 403 that is not a rate limit).</summary>
public sealed class AuthenticationFailedException : AviationApiException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">A short description (must not contain secrets).</param>
    /// <param name="details">What is known about the failure.</param>
    /// <param name="innerException">The underlying exception, if any.</param>
    public AuthenticationFailedException(string message, ApiErrorDetails details, Exception? innerException = null)
        : base(message, details, innerException)
    {
    }
}
