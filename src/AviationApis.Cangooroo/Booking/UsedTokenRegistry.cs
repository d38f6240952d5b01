using System.Collections.Concurrent;

namespace AviationApis.Cangooroo.Booking;

/// <summary>Remembers the search tokens a booking was sent with (thread-safe); forgets them once they have expired anyway.</summary>
internal sealed class UsedTokenRegistry
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _used = new(StringComparer.Ordinal);

    /// <summary>Claims the token for one booking; <see langword="false"/> when it was already claimed.</summary>
    public bool TryClaim(string token, DateTimeOffset expiresAt, DateTimeOffset now)
    {
        foreach (var entry in _used)
        {
            if (entry.Value <= now)
            {
                _used.TryRemove(entry);
            }
        }

        return _used.TryAdd(token, expiresAt);
    }

    public bool IsUsed(string token) => _used.ContainsKey(token);
}
