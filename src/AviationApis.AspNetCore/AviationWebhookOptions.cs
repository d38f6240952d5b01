namespace AviationApis.AspNetCore;

/// <summary>Settings shared by the callback and webhook endpoints.</summary>
public sealed class AviationWebhookOptions
{
    /// <summary>The largest accepted body; larger ones get HTTP 413. Default 1 MiB (the seed's callback example is 4 KB).</summary>
    public long MaxBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>How long a delivery is remembered to drop repeats. Default 48 hours (Avinode retries for up to 48 hours).</summary>
    public TimeSpan DeduplicationWindow { get; set; } = TimeSpan.FromHours(48);

    /// <summary>How many accepted deliveries may wait for their handler before the endpoint waits for room. Default 1,000.</summary>
    public int QueueCapacity { get; set; } = 1000;
}
