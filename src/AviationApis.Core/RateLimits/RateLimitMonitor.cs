using System.Collections.Concurrent;

namespace AviationApis.Core.RateLimits;

/// <summary>
/// Keeps the latest <see cref="RateLimitInfo"/> per client registration, so a caller can read the remaining quota after
/// any call. Registered as a singleton by <c>AddAviationPipeline</c>.
/// </summary>
public sealed class RateLimitMonitor
{
    private readonly ConcurrentDictionary<string, RateLimitInfo> _latest = new(StringComparer.Ordinal);

    /// <summary>The latest rate-limit state reported to the named client, or <see langword="null"/> before any was reported.</summary>
    /// <param name="clientName">The registration name (the client's named <c>HttpClient</c>).</param>
    /// <returns>The latest state.</returns>
    public RateLimitInfo? GetLatest(string clientName)
    {
        ArgumentNullException.ThrowIfNull(clientName);
        return _latest.TryGetValue(clientName, out var info) ? info : null;
    }

    internal void Record(string clientName, RateLimitInfo info) => _latest[clientName] = info;

    internal IEnumerable<KeyValuePair<string, RateLimitInfo>> Snapshot() => _latest;
}
