using System.Collections.Concurrent;

namespace AviationApis.AspNetCore.Deliveries;

/// <summary>The default <see cref="IWebhookDeliveryStore"/>: process memory, expiring entries by the <see cref="TimeProvider"/>.</summary>
public sealed class InMemoryWebhookDeliveryStore : IWebhookDeliveryStore
{
    private const int PruneEvery = 1024;
    private readonly ConcurrentDictionary<string, DateTimeOffset> _seen = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;
    private int _writes;

    /// <summary>Creates the store.</summary>
    /// <param name="time">The clock for expiry.</param>
    public InMemoryWebhookDeliveryStore(TimeProvider time) => _time = time ?? throw new ArgumentNullException(nameof(time));

    /// <inheritdoc />
    public ValueTask<bool> TryRecordAsync(string deliveryKey, TimeSpan window, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(deliveryKey);
        var now = _time.GetUtcNow();
        var expires = now + window;
        var added = false;
        while (true)
        {
            // Atomic per key: exactly one concurrent caller wins TryAdd (or TryUpdate of an expired entry).
            if (_seen.TryAdd(deliveryKey, expires))
            {
                added = true;
                break;
            }

            if (!_seen.TryGetValue(deliveryKey, out var existing))
            {
                continue;
            }

            if (existing > now)
            {
                break;
            }

            if (_seen.TryUpdate(deliveryKey, expires, existing))
            {
                added = true;
                break;
            }
        }

        if (Interlocked.Increment(ref _writes) % PruneEvery == 0)
        {
            foreach (var entry in _seen)
            {
                if (entry.Value <= now)
                {
                    _seen.TryRemove(entry);
                }
            }
        }

        return ValueTask.FromResult(added);
    }
}
