namespace AviationApis.AspNetCore.Processing;

/// <summary>Exponential back-off between handler attempts: base × 2^(retry−1), capped, ±20 % jitter.</summary>
internal static class RetryDelay
{
    public static TimeSpan For(int retry, TimeSpan baseDelay, TimeSpan maxDelay)
    {
        var exponent = Math.Clamp(retry - 1, 0, 30);
        var raw = Math.Min(baseDelay.TotalMilliseconds * Math.Pow(2, exponent), maxDelay.TotalMilliseconds);
#pragma warning disable CA5394 // Jitter spreads retries; it is not security-relevant.
        var jitter = 0.8 + (Random.Shared.NextDouble() * 0.4);
#pragma warning restore CA5394
        return TimeSpan.FromMilliseconds(Math.Min(raw * jitter, maxDelay.TotalMilliseconds));
    }
}
