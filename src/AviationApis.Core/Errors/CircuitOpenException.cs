namespace AviationApis.Core.Errors;

/// <summary>The client's circuit breaker is open after repeated failures: the call was not sent. It closes again after the break duration.</summary>
public sealed class CircuitOpenException : AviationApiException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">A short description (must not contain secrets).</param>
    /// <param name="details">What is known about the failure.</param>
    /// <param name="innerException">The underlying exception, if any.</param>
    public CircuitOpenException(string message, ApiErrorDetails details, Exception? innerException = null)
        : base(message, details, innerException)
    {
    }
}
