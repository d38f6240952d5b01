using System.Net;
using AviationApis.Core.RateLimits;

namespace AviationApis.Core.Errors;

/// <summary>Everything known about a failed call. Every <see cref="AviationApiException"/> carries one.</summary>
public sealed record ApiErrorDetails
{
    /// <summary>The operation that failed, e.g. <c>Cangooroo.Book</c>.</summary>
    public string? OperationName { get; init; }

    /// <summary>The HTTP method of the failed request, e.g. <c>POST</c>, when it was built.</summary>
    public string? RequestMethod { get; init; }

    /// <summary>
    /// The failed request's URL as it may be logged: no user information, and every query value replaced by
    /// <c>[REDACTED]</c> (paths hold ids, never credentials).
    /// </summary>
    public string? RequestUrl { get; init; }

    /// <summary>The HTTP status of the final attempt, when a response arrived.</summary>
    public HttpStatusCode? StatusCode { get; init; }

    /// <summary>The vendor's error code (e.g. <c>ERR_INPUT_MISSING</c>), when it gave one.</summary>
    public string? ErrorCode { get; init; }

    /// <summary>The vendor's error messages, in order.</summary>
    public IReadOnlyList<string> Messages { get; init; } = [];

    /// <summary>Problems with individual fields, when the vendor (or client-side validation) names them.</summary>
    public IReadOnlyList<ApiFieldError> FieldErrors { get; init; } = [];

    /// <summary>How many attempts were made (1 when not retried; 0 when the request was rejected before sending).</summary>
    public int Attempts { get; init; }

    /// <summary>The rate-limit state of the last response, if the server reported one.</summary>
    public RateLimitInfo? RateLimit { get; init; }

    /// <summary>A request or correlation id the server returned, to quote to the vendor's support.</summary>
    public string? RequestId { get; init; }

    /// <summary>The start of the response body with secrets redacted, for diagnostics.</summary>
    public string? ResponseExcerpt { get; init; }

    private bool PrintMembers(System.Text.StringBuilder builder) =>
        ModelText.Of(builder).Add(OperationName).Add(RequestMethod).Add(RequestUrl).Add(StatusCode).Add(ErrorCode)
            .Add(Messages).Add(FieldErrors).Add(Attempts).Add(RateLimit).Add(RequestId).Add(ResponseExcerpt).Written;
}
