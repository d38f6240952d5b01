using AviationApis.Core.RateLimits;

namespace AviationApis.Core.Http;

/// <summary>What the pipeline stages learn about one logical call; shared by all its attempts.</summary>
internal sealed class RequestState
{
    public ApiOperation? Operation { get; set; }

    public string? ActAsAccount { get; set; }

    /// <summary>Attempts started so far (incremented by the attempt-timeout stage).</summary>
    public int Attempts { get; set; }

    /// <summary>When the total budget runs out, on the pipeline's <see cref="TimeProvider"/>; null outside the pipeline.</summary>
    public DateTimeOffset? Deadline { get; set; }

    /// <summary>The rate-limit headers of the latest response.</summary>
    public RateLimitInfo? RateLimit { get; set; }

    /// <summary>Per-call secrets (a card number, a webhook secret) the redactor removes from whatever this call reports.</summary>
    public string?[]? Secrets { get; set; }

    /// <summary>The request or correlation id the server returned, if any.</summary>
    public string? RequestId { get; set; }
}
