using AviationApis.Core.Errors;

namespace AviationApis.Cangooroo.Errors;

/// <summary>
/// The vendor answered HTTP 200 with a non-null <c>Error</c> envelope (<c>{"Message": "...", "Code": "..."}</c>): the
/// request was understood but refused, e.g. an expired token or a sold-out fare. <see cref="VendorMessage"/> holds the
/// vendor's words (redacted); <see cref="AviationApiException.ErrorCode"/> its code, when it sent one.
/// </summary>
public sealed class CangoorooBusinessException : AviationApiException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">A short description (must not contain secrets).</param>
    /// <param name="details">What is known about the failure.</param>
    /// <param name="innerException">The underlying exception, if any.</param>
    public CangoorooBusinessException(string message, ApiErrorDetails details, Exception? innerException = null)
        : base(message, details, innerException)
    {
    }

    /// <summary>The vendor's message (<c>Error.Message</c>), redacted.</summary>
    public string? VendorMessage => Details.Messages.Count > 0 ? Details.Messages[0] : null;
}
