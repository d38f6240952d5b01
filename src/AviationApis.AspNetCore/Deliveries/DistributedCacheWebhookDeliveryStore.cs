using Microsoft.Extensions.Caching.Distributed;

namespace AviationApis.AspNetCore.Deliveries;

/// <summary>
/// An <see cref="IWebhookDeliveryStore"/> over <see cref="IDistributedCache"/>, to drop repeats across instances. The
/// check and the write are two calls, so two instances receiving the same delivery in the same instant may both handle
/// it: make handlers idempotent where that matters.
/// </summary>
public sealed class DistributedCacheWebhookDeliveryStore : IWebhookDeliveryStore
{
    private const string Prefix = "aviationapis:webhook-delivery:";
    private static readonly byte[] Marker = [1];
    private readonly IDistributedCache _cache;

    /// <summary>Creates the store.</summary>
    /// <param name="cache">The shared cache.</param>
    public DistributedCacheWebhookDeliveryStore(IDistributedCache cache) => _cache = cache ?? throw new ArgumentNullException(nameof(cache));

    /// <inheritdoc />
    public async ValueTask<bool> TryRecordAsync(string deliveryKey, TimeSpan window, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(deliveryKey);
        var key = Prefix + deliveryKey;
        if (await _cache.GetAsync(key, cancellationToken).ConfigureAwait(false) is not null)
        {
            return false;
        }

        await _cache.SetAsync(key, Marker, new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = window }, cancellationToken).ConfigureAwait(false);
        return true;
    }
}
