namespace AviationApis.AspNetCore.Deliveries;

/// <summary>
/// Remembers which deliveries were already accepted, so a vendor's repeated delivery of the same event (Avinode retries
/// for up to 48 hours; CargoAi may resend a callback) reaches the handler once. Register your own implementation to
/// share the memory across instances; <see cref="DistributedCacheWebhookDeliveryStore"/> does it over
/// <c>IDistributedCache</c>.
/// </summary>
public interface IWebhookDeliveryStore
{
    /// <summary>Records <paramref name="deliveryKey"/> if it is new.</summary>
    /// <param name="deliveryKey">The delivery's identity (the endpoint and a hash of the raw body).</param>
    /// <param name="window">How long to remember it.</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    /// <returns><see langword="true"/> when the key was not seen before (handle the delivery); <see langword="false"/> for a repeat.</returns>
    ValueTask<bool> TryRecordAsync(string deliveryKey, TimeSpan window, CancellationToken cancellationToken = default);
}
