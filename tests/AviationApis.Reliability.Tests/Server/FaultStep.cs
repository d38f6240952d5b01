using System.Globalization;

namespace AviationApis.Reliability.Tests.Server;

/// <summary>One programmed answer of the fault server.</summary>
/// <param name="Kind">What to do.</param>
/// <param name="StatusCode">The status for <see cref="FaultKind.Status"/>.</param>
/// <param name="Body">The body for <see cref="FaultKind.Status"/>; <c>{echo:Header-Name}</c> is replaced by that request header's value (a server that quotes your credentials back).</param>
/// <param name="ContentType">The body's content type.</param>
/// <param name="Headers">Extra response headers.</param>
/// <param name="Delay">For <see cref="FaultKind.TooManyRequestsUntilDate"/>: how far ahead the <c>Retry-After</c> date is.</param>
/// <param name="LargeBodyBytes">For <see cref="FaultKind.LargeBody"/>: the body length.</param>
public sealed record FaultStep(
    FaultKind Kind,
    int StatusCode = 200,
    string? Body = null,
    string ContentType = "application/json",
    IReadOnlyDictionary<string, string>? Headers = null,
    TimeSpan Delay = default,
    long LargeBodyBytes = 0)
{
    /// <summary>200 with the route's good body.</summary>
    public static FaultStep Good { get; } = new(FaultKind.Good);

    /// <summary>A JSON error body with the given status; it quotes the caller's credentials back, as careless servers do.</summary>
    public static FaultStep Status(int statusCode) => new(
        FaultKind.Status,
        statusCode,
        "{\"error\":\"upstream failure\",\"echo\":\"{echo:x-api-key}{echo:Authorization}{echo:X-Avinode-ApiToken}\"}");

    /// <summary>An error that quotes the whole request body back (validation errors often echo the input).</summary>
    public static FaultStep EchoBody(int statusCode) => new(FaultKind.Status, statusCode, "{\"error\":\"invalid request\",\"request\":{echo-body}}");

    /// <summary>HTTP 502 with an HTML page (a proxy's error page, not JSON).</summary>
    public static FaultStep HtmlBadGateway { get; } = new(
        FaultKind.Status,
        502,
        "<html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1><p>key {echo:x-api-key}</p></body></html>",
        "text/html");

    /// <summary>HTTP 429 with <c>Retry-After</c> in seconds.</summary>
    public static FaultStep TooManyRequests(int retryAfterSeconds) => new(
        FaultKind.Status,
        429,
        "{\"error\":\"rate limited\"}",
        Headers: new Dictionary<string, string> { ["Retry-After"] = retryAfterSeconds.ToString(CultureInfo.InvariantCulture) });

    /// <summary>HTTP 429 with <c>Retry-After</c> as an HTTP-date <paramref name="ahead"/> from the attempt's arrival.</summary>
    public static FaultStep TooManyRequestsUntil(TimeSpan ahead) => new(FaultKind.TooManyRequestsUntilDate, 429, "{\"error\":\"rate limited\"}", Delay: ahead);

    /// <summary>Avinode's rate-limit answer: HTTP 403 with <c>X-Rate-Limit-Remaining: 0</c> and a reset in seconds.</summary>
    public static FaultStep RateLimitForbidden(int resetSeconds) => new(
        FaultKind.Status,
        403,
        "{\"meta\":{\"errors\":[{\"title\":\"Rate limit exceeded\"}]}}",
        Headers: new Dictionary<string, string>
        {
            ["X-Rate-Limit-Limit"] = "100",
            ["X-Rate-Limit-Remaining"] = "0",
            ["X-Rate-Limit-Reset"] = resetSeconds.ToString(CultureInfo.InvariantCulture),
        });

    /// <summary>Shortcut for a kind without parameters.</summary>
    public static FaultStep Of(FaultKind kind) => new(kind);

    /// <summary>A 200 streaming <paramref name="bytes"/> bytes of PDF-like content.</summary>
    public static FaultStep Large(long bytes) => new(FaultKind.LargeBody, ContentType: "application/pdf", LargeBodyBytes: bytes);
}
