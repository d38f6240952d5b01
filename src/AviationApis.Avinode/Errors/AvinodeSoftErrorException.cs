using System.Net;
using AviationApis.Avinode.Envelope;
using AviationApis.Avinode.Options;
using AviationApis.Avinode.Transport;
using AviationApis.Core.Errors;
using AviationApis.Core.RateLimits;

namespace AviationApis.Avinode.Errors;

/// <summary>
/// The server answered with a success status but reported errors in <c>meta.errors</c> (a "soft error": the operation
/// was performed, but part of the input was invalid). Thrown when
/// <see cref="AvinodeClientOptions.TreatSoftErrorsAsExceptions"/> is set, when <see cref="AvinodeResponse{T}.EnsureNoErrors"/>
/// or <see cref="AvinodeResponse.EnsureNoErrors"/> is called, and always when an operation that returns data got soft
/// errors and no data (there is nothing to return); otherwise the errors are on the result's
/// <see cref="AvinodeResponse{T}.Meta"/>. The exception carries the answer's <see cref="Meta"/>, its HTTP status and
/// its rate-limit state.
/// </summary>
public sealed class AvinodeSoftErrorException : AviationApiException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">A short description (must not contain secrets).</param>
    /// <param name="details">What is known about the failure.</param>
    /// <param name="meta">The response's meta, with every error, warning and info.</param>
    /// <param name="innerException">The underlying exception, if any.</param>
    public AvinodeSoftErrorException(string message, ApiErrorDetails details, AvinodeMeta meta, Exception? innerException = null)
        : base(message, details, innerException)
    {
        Meta = meta ?? AvinodeMeta.Empty;
    }

    /// <summary>The response's meta: the errors, and any warnings and infos.</summary>
    public AvinodeMeta Meta { get; }

    internal static AvinodeSoftErrorException Create(AvinodeMeta meta, HttpStatusCode status, RateLimitInfo? rateLimit, string message, ApiErrorDetails? details = null, AviationApis.Core.Redaction.Redactor? redactor = null)
    {
        // Core's one redaction of vendor text (a response, when there is one, goes through Core's transport instead).
        var content = ApiExceptionFactory.Redacted(AvinodeErrorReader.ToContent(meta.Errors), redactor ?? AviationApis.Core.Redaction.Redactor.Default);
        details = (details ?? new ApiErrorDetails { StatusCode = status, Attempts = 1, RateLimit = rateLimit }) with
        {
            ErrorCode = content.ErrorCode,
            Messages = content.Messages,
            FieldErrors = content.FieldErrors,
        };
        return new AvinodeSoftErrorException(message, details, meta);
    }
}
