using AviationApis.Reliability.Tests.Server;

namespace AviationApis.Reliability.Tests.Matrix;

/// <summary>The rows of the fault matrix, in document order.</summary>
public static class FaultRows
{
    /// <summary>Every row.</summary>
    public static IReadOnlyList<FaultRow> All { get; } =
    [
        new("500x2", "HTTP 500 twice, then OK", FaultFamily.TransientStatus, FaultStep.Status(500), 2),
        new("502x2", "HTTP 502 twice, then OK", FaultFamily.TransientStatus, FaultStep.Status(502), 2),
        new("503x3", "HTTP 503 three times, then OK", FaultFamily.TransientStatus, FaultStep.Status(503), 3),
        new("504x1", "HTTP 504 once, then OK", FaultFamily.TransientStatus, FaultStep.Status(504), 1),
        new("408x1", "HTTP 408 once, then OK", FaultFamily.TransientStatus, FaultStep.Status(408), 1),
        new("html502x1", "HTTP 502 with an HTML error page once, then OK", FaultFamily.TransientStatus, FaultStep.HtmlBadGateway, 1),
        new("503-retry-after", "HTTP 503 with Retry-After: 1 once, then OK", FaultFamily.TransientStatus, FaultStep.Status(503) with { Headers = new Dictionary<string, string> { ["Retry-After"] = "1" } }, 1, TimeSpan.FromSeconds(1)),
        new("500-always", "HTTP 500 on every attempt", FaultFamily.TransientStatus, FaultStep.Status(500), FaultRow.Always),
        new("html502-always", "HTTP 502 HTML page on every attempt", FaultFamily.TransientStatus, FaultStep.HtmlBadGateway, FaultRow.Always),
        new("429-seconds", "HTTP 429, Retry-After: 1 (seconds), then OK", FaultFamily.RateLimitWithinBudget, FaultStep.TooManyRequests(1), 1, TimeSpan.FromSeconds(1)),
        new("429-no-retry-after", "HTTP 429 without Retry-After (back-off), then OK", FaultFamily.RateLimitWithinBudget, FaultStep.Status(429), 1),
        new("429-date", "HTTP 429, Retry-After as HTTP-date 2 s ahead, then OK", FaultFamily.RateLimitWithinBudget, FaultStep.TooManyRequestsUntil(TimeSpan.FromSeconds(2)), 1, TimeSpan.FromSeconds(1)),
        new("403-rate-limit", "HTTP 403, X-Rate-Limit-Remaining: 0, X-Rate-Limit-Reset: 1, then OK", FaultFamily.RateLimitWithinBudget, FaultStep.RateLimitForbidden(1), 1, TimeSpan.FromSeconds(1)),
        new("429-beyond-budget", "HTTP 429, Retry-After: 60 (beyond the 30 s budget)", FaultFamily.RateLimitBeyondBudget, FaultStep.TooManyRequests(60), FaultRow.Always),
        new("403-beyond-budget", "HTTP 403 rate limit, reset in 60 s (beyond the budget)", FaultFamily.RateLimitBeyondBudget, FaultStep.RateLimitForbidden(60), FaultRow.Always),
        new("abort-before-response", "Connection closed before any response byte, once", FaultFamily.BrokenConnection, FaultStep.Of(FaultKind.AbortBeforeResponse), 1),
        new("abort-after-headers", "Connection closed after the 200 headers, once", FaultFamily.BrokenConnection, FaultStep.Of(FaultKind.AbortAfterHeaders), 1),
        new("abort-mid-body", "Connection closed in the middle of the body, once", FaultFamily.BrokenConnection, FaultStep.Of(FaultKind.AbortMidBody), 1),
        new("abort-always", "Connection closed before responding, every attempt", FaultFamily.BrokenConnection, FaultStep.Of(FaultKind.AbortBeforeResponse), FaultRow.Always),
        new("stall-headers", "Stall before headers (attempt timeout), once", FaultFamily.Stall, FaultStep.Of(FaultKind.StallBeforeHeaders), 1),
        new("stall-body", "Stall in the middle of the body, once", FaultFamily.Stall, FaultStep.Of(FaultKind.StallMidBody), 1),
        new("stall-always", "Stall before headers on every attempt (total timeout)", FaultFamily.Stall, FaultStep.Of(FaultKind.StallBeforeHeaders), FaultRow.Always),
        new("truncated-json", "200 with truncated JSON", FaultFamily.UnreadableBody, FaultStep.Of(FaultKind.TruncatedJson), FaultRow.Always),
        new("empty-200", "200 with an empty body", FaultFamily.UnreadableBody, FaultStep.Of(FaultKind.EmptyBody), FaultRow.Always),
        new("wrong-shape", "200 with JSON of the wrong shape", FaultFamily.UnreadableBody, FaultStep.Of(FaultKind.WrongShape), FaultRow.Always),
        new("refused-once", "Connection refused once (closed port), then OK", FaultFamily.ConnectionRefused, null, 1),
        new("refused-always", "Connection refused on every attempt (closed port)", FaultFamily.ConnectionRefused, null, FaultRow.Always),
    ];
}
