namespace AviationApis.AspNetCore;

/// <summary>Settings shared by the callback and webhook endpoints and the processor that runs their handlers.</summary>
public sealed class AviationWebhookOptions
{
    /// <summary>The largest accepted body; larger ones get HTTP 413 and are not stored. Default 1 MiB (the seed's callback example is 4 KB).</summary>
    public long MaxBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>How long the endpoint waits for the inbox to store a delivery before answering 503. Default 10 seconds.</summary>
    public TimeSpan StoreTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How long a handled delivery's key is kept, so that a repeat is dropped. Default 48 hours (Avinode retries for up
    /// to 48 hours). A repeat that arrives later is handled again.
    /// </summary>
    public TimeSpan DeduplicationWindow { get; set; } = TimeSpan.FromHours(48);

    /// <summary>How many retries a failing handler gets before the delivery is parked dead. Default 8.</summary>
    public int MaxRetries { get; set; } = 8;

    /// <summary>The delay before the first retry; each further retry waits twice as long (±20 %). Default 2 seconds.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The longest delay between two retries. Default 10 minutes.</summary>
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// How long a claim lasts without renewal. The processor renews its claims while handlers run; when an instance
    /// dies, its deliveries are claimed again after this time. Default 1 minute.
    /// </summary>
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// How often the processor looks for due deliveries when nothing wakes it (a delivery stored by this instance wakes
    /// it at once; one stored by another instance, or a retry coming due, is found by this poll). Default 1 second.
    /// </summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How many handlers run at once in this instance. Default 4.</summary>
    public int MaxConcurrentHandlers { get; set; } = 4;

    /// <summary>Whether this instance runs the processor. Default <see langword="true"/>; set <see langword="false"/> on instances that only receive.</summary>
    public bool ProcessDeliveries { get; set; } = true;
}
