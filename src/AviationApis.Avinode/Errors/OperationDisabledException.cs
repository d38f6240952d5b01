using AviationApis.Core.Errors;

namespace AviationApis.Avinode.Errors;

/// <summary>
/// HTTP 501: the operation is disabled for this API connection or not implemented yet. Retrying will not help; ask
/// Avinode support to enable the operation for the connection.
/// </summary>
public sealed class OperationDisabledException : AviationApiException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">A short description (must not contain secrets).</param>
    /// <param name="details">What is known about the failure.</param>
    /// <param name="innerException">The underlying exception, if any.</param>
    public OperationDisabledException(string message, ApiErrorDetails details, Exception? innerException = null)
        : base(message, details, innerException)
    {
    }
}
