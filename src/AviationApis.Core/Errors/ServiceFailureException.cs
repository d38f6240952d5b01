namespace AviationApis.Core.Errors;

/// <summary>The service failed: HTTP 5xx, or the connection failed or broke (then <see cref="AviationApiException.StatusCode"/> is null and the inner exception says why).</summary>
public sealed class ServiceFailureException : AviationApiException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">A short description (must not contain secrets).</param>
    /// <param name="details">What is known about the failure.</param>
    /// <param name="innerException">The underlying exception, if any.</param>
    public ServiceFailureException(string message, ApiErrorDetails details, Exception? innerException = null)
        : base(message, details, innerException)
    {
    }
}
