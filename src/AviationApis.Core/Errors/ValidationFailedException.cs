namespace AviationApis.Core.Errors;

/// <summary>The request was invalid: a 4xx answer naming what is wrong, or client-side validation before sending (then <see cref="ApiErrorDetails.Attempts"/> is 0). See <see cref="AviationApiException.FieldErrors"/>.</summary>
public sealed class ValidationFailedException : AviationApiException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">A short description (must not contain secrets).</param>
    /// <param name="details">What is known about the failure.</param>
    /// <param name="innerException">The underlying exception, if any.</param>
    public ValidationFailedException(string message, ApiErrorDetails details, Exception? innerException = null)
        : base(message, details, innerException)
    {
    }
}
