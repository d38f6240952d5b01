using System.Net;
using AviationApis.Core.Http;
using AviationApis.Core.Redaction;

namespace AviationApis.Core.Errors;

/// <summary>
/// The one place that turns a failed response into the right <see cref="AviationApiException"/> subclass: it redacts
/// what the vendor said, cuts the one excerpt, and fills request id, attempts, rate limit and operation from the
/// request's pipeline state. <see cref="ApiTransport"/> calls it with what the vendor's error reader found.
/// </summary>
internal static class ApiExceptionFactory
{
    private const int ExcerptLength = 512;
    private static readonly HashSet<string> NoQueryValues = [];

    /// <summary>Builds the typed exception for a non-success (or business-error) response.</summary>
    /// <param name="response">The final response; its request carries the operation, attempts and rate-limit state.</param>
    /// <param name="content">What the vendor's error reader found in the body.</param>
    /// <param name="body">The body text (or its start), if read; it is redacted and cut to an excerpt.</param>
    /// <param name="redactor">The client's redactor (knows its configured secrets); <see cref="Redactor.Default"/> when null.</param>
    /// <returns>The exception to throw.</returns>
    public static AviationApiException FromResponse(HttpResponseMessage response, ApiErrorContent? content, string? body, Redactor? redactor = null) =>
        Create(response, new ApiErrorReading(content ?? ApiErrorContent.Empty), body, redactor);

    /// <summary>
    /// Builds the typed exception from what the vendor's error reader found: the vendor's own type when the reading
    /// names one, otherwise Core's mapping by status.
    /// </summary>
    /// <param name="response">The final response; its request carries the operation, attempts and rate-limit state.</param>
    /// <param name="reading">What the vendor's reader found (not yet redacted).</param>
    /// <param name="body">The body text (or its start), if read; it is redacted and cut to an excerpt.</param>
    /// <param name="redactor">The client's redactor; <see cref="Redactor.Default"/> when null.</param>
    /// <returns>The exception to throw.</returns>
    public static AviationApiException Create(HttpResponseMessage response, ApiErrorReading reading, string? body, Redactor? redactor)
    {
        ArgumentNullException.ThrowIfNull(response);
        redactor = (redactor ?? Redactor.Default).ForRequest(response.RequestMessage);
        var content = Redacted(reading.Content ?? ApiErrorContent.Empty, redactor);
        var details = Details(response.RequestMessage, response, content, Excerpt(body, redactor));
        if (reading.Create is { } create)
        {
            return create(details, redactor);
        }

        var rateLimit = details.RateLimit;
        return response.StatusCode switch
        {
            HttpStatusCode.TooManyRequests => new RateLimitExceededException("The rate limit was exceeded", details),
            HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden when IsRateLimitRefusal(rateLimit, content) => new RateLimitExceededException("The rate limit was exceeded", details),
            HttpStatusCode.Unauthorized => new AuthenticationFailedException("The credentials were rejected", details),
            HttpStatusCode.Forbidden => new AuthenticationFailedException("The call is not authorized", details),
            HttpStatusCode.NotFound => new ResourceNotFoundException("The resource was not found", details),
            HttpStatusCode.BadRequest or HttpStatusCode.UnprocessableEntity => new ValidationFailedException("The request was rejected as invalid", details),
            >= HttpStatusCode.BadRequest and < HttpStatusCode.InternalServerError when content.FieldErrors.Count > 0 => new ValidationFailedException("The request was rejected as invalid", details),
            >= HttpStatusCode.InternalServerError => new ServiceFailureException("The service failed", details),
            HttpStatusCode.RequestTimeout => new ServiceFailureException("The server timed out waiting for the request", details),
            _ => new AviationApiException(response.IsSuccessStatusCode ? "The vendor reported an error" : "The call failed", details),
        };
    }

    /// <summary>A validation failure found before sending: the request was never sent.</summary>
    /// <param name="operation">The operation that refused the input.</param>
    /// <param name="errors">The fields at fault.</param>
    /// <returns>The exception to throw.</returns>
    public static ValidationFailedException ClientValidation(ApiOperation operation, params ApiFieldError[] errors)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(errors);
        return new ValidationFailedException("The request is invalid and was not sent", new ApiErrorDetails
        {
            OperationName = operation.Name,
            FieldErrors = errors,
            Messages = [],
            Attempts = 0,
        });
    }

    /// <summary>The response body could not be read as the expected shape.</summary>
    /// <param name="response">The response.</param>
    /// <param name="reason">What is wrong, without secrets (e.g. the JSON path and the reader's message).</param>
    /// <param name="body">The body text, if available (redacted into an excerpt).</param>
    /// <param name="inner">The parser's exception.</param>
    /// <param name="redactor">The client's redactor.</param>
    /// <returns>The exception to throw.</returns>
    public static InvalidResponseException InvalidResponse(HttpResponseMessage response, string reason, string? body = null, Exception? inner = null, Redactor? redactor = null)
    {
        ArgumentNullException.ThrowIfNull(response);
        redactor = (redactor ?? Redactor.Default).ForRequest(response.RequestMessage);
        var content = Redacted(new ApiErrorContent(null, [reason], []), redactor);
        var details = Details(response.RequestMessage, response, content, Excerpt(body, redactor));
        return new InvalidResponseException("The response could not be read", details, Sanitized(inner, redactor));
    }

    /// <summary>
    /// A success answer whose content the client cannot use, found after the response was read: the details still
    /// come from the request's pipeline state (operation, attempts, rate limit, request id).
    /// </summary>
    /// <param name="request">The request that was answered.</param>
    /// <param name="status">The answer's status.</param>
    /// <param name="reason">What is wrong, without secrets.</param>
    /// <param name="message">The exception's message.</param>
    /// <returns>The exception to throw.</returns>
    public static InvalidResponseException InvalidResponse(HttpRequestMessage request, HttpStatusCode status, string reason, string message = "The response could not be read")
    {
        ArgumentNullException.ThrowIfNull(request);
        var redactor = Redactor.Default.ForRequest(request);
        var details = Details(request, null, Redacted(new ApiErrorContent(null, [reason], []), redactor)) with { StatusCode = status };
        return new InvalidResponseException(message, details);
    }

    /// <summary>
    /// A parser's exception can quote the bad value (a converter's message, a <see cref="FormatException"/> inside it),
    /// and <c>ToString()</c> prints the whole chain: keep the kind, the JSON path and position, the message redacted,
    /// and drop the chain below.
    /// </summary>
    private static Exception? Sanitized(Exception? inner, Redactor redactor) => inner switch
    {
        null => null,
        System.Text.Json.JsonException json => new System.Text.Json.JsonException(redactor.Redact(json.Message), json.Path, json.LineNumber, json.BytePositionInLine),
        _ => new InvalidDataException($"{inner.GetType().Name}: {redactor.Redact(inner.Message)}"),
    };

    /// <summary>Builds the details of a failure from the request's pipeline state.</summary>
    /// <param name="request">The request (carries operation, attempts, rate limit).</param>
    /// <param name="response">The response, if one arrived.</param>
    /// <param name="content">The vendor's error content.</param>
    /// <param name="excerpt">An already-redacted body excerpt.</param>
    /// <returns>The details.</returns>
    public static ApiErrorDetails Details(HttpRequestMessage? request, HttpResponseMessage? response, ApiErrorContent? content = null, string? excerpt = null)
    {
        var state = request is null ? null : HttpRequestMessageExtensions.TryGetState(request);
        content ??= ApiErrorContent.Empty;
        return new ApiErrorDetails
        {
            OperationName = request?.GetOperation().Name,
            RequestMethod = request?.Method.Method,
            RequestUrl = request?.RequestUri is { IsAbsoluteUri: true } uri ? Redactor.Default.ForLog(new UriBuilder(uri) { UserName = string.Empty, Password = string.Empty }.Uri, NoQueryValues) : null,
            StatusCode = response?.StatusCode,
            ErrorCode = content.ErrorCode,
            Messages = content.Messages,
            FieldErrors = content.FieldErrors,
            Attempts = state?.Attempts ?? 0,
            RateLimit = state?.RateLimit,
            RequestId = state?.RequestId,
            ResponseExcerpt = excerpt,
        };
    }

    // Avinode answers a spent quota with 403 and lists "rate limit exceeded" among the causes of 401: either status is
    // a rate limit when the headers say no calls remain, or when the vendor's message says so.
    private static bool IsRateLimitRefusal(RateLimits.RateLimitInfo? rateLimit, ApiErrorContent content) =>
        rateLimit?.IsExhausted == true
        || content.Messages.Any(MentionsRateLimit)
        || (content.ErrorCode is { } code && MentionsRateLimit(code));

    private static bool MentionsRateLimit(string text) =>
        text.Contains("rate limit", StringComparison.OrdinalIgnoreCase)
        || text.Contains("rate-limit", StringComparison.OrdinalIgnoreCase)
        || text.Contains("ratelimit", StringComparison.OrdinalIgnoreCase);

    // Vendors echo input back in messages (an invalid key, a card number): what they say is redacted like the body.
    internal static ApiErrorContent Redacted(ApiErrorContent content, Redactor redactor) => new(
        content.ErrorCode is null ? null : redactor.Redact(content.ErrorCode),
        content.Messages.Select(redactor.Redact).ToArray(),
        content.FieldErrors.Select(f => f with { Field = redactor.Redact(f.Field), Message = redactor.Redact(f.Message) }).ToArray());

    private static string? Excerpt(string? body, Redactor redactor)
    {
        if (string.IsNullOrEmpty(body))
        {
            return null;
        }

        var redacted = redactor.Redact(body);
        return redacted.Length <= ExcerptLength ? redacted : redacted[..ExcerptLength] + "…";
    }
}
