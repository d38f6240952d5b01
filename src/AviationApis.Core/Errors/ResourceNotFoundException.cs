namespace AviationApis.Core.Errors;

/// <summary>The resource does not exist or is not visible to these credentials (HTTP 404).</summary>
public sealed class ResourceNotFoundException : AviationApiException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">A short description (must not contain secrets).</param>
    /// <param name="details">What is known about the failure.</param>
    /// <param name="innerException">The underlying exception, if any.</param>
    public ResourceNotFoundException(string message, ApiErrorDetails details, Exception? innerException = null)
        : base(message, details, innerException)
    {
    }
}
