using AviationApis.Core.Errors;
using AviationApis.Core.Redaction;

namespace AviationApis.Core.Http;

/// <summary>
/// A vendor's error reader, the one piece of error handling a client package writes: it reads what the vendor's
/// error body says. Core's <see cref="ApiTransport"/> does the rest (redaction, the excerpt, request id, attempts,
/// rate limit and operation, the typed exception).
/// </summary>
internal interface IApiErrorReader
{
    /// <summary>Reads a failed response's body. Never throws; returns text as the vendor wrote it (Core redacts it).</summary>
    /// <param name="response">The failed response (its status and headers; the body is already read).</param>
    /// <param name="body">At most 64 KiB of the body as text, or an empty string.</param>
    /// <returns>What the body says, and the vendor's own exception type when it documents one for this answer.</returns>
    ApiErrorReading Read(HttpResponseMessage response, string body);
}

/// <summary>What a vendor's error reader (or its check of a success answer) found.</summary>
/// <param name="Content">The vendor's code, messages and field errors, not yet redacted.</param>
/// <param name="Create">
/// Builds the vendor's own exception from the finished details (already redacted, with request id, attempts, rate
/// limit and operation) and the call's redactor; <see langword="null"/> for Core's mapping by status.
/// </param>
internal readonly record struct ApiErrorReading(ApiErrorContent Content, Func<ApiErrorDetails, Redactor, AviationApiException>? Create = null);
