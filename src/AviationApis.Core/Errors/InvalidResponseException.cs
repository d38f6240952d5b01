namespace AviationApis.Core.Errors;

/// <summary>The server answered with a body the client cannot read (malformed or truncated JSON, the wrong shape, an empty body where one is required).</summary>
public sealed class InvalidResponseException : AviationApiException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">A short description (must not contain secrets).</param>
    /// <param name="details">What is known about the failure.</param>
    /// <param name="innerException">The underlying exception, if any.</param>
    public InvalidResponseException(string message, ApiErrorDetails details, Exception? innerException = null)
        : base(message, details, innerException)
    {
    }
}
