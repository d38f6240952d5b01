using AviationApis.AspNetCore.Inbox;

namespace AviationApis.AspNetCore.Processing;

/// <summary>
/// Operations on the inbox for an operator: look at dead deliveries and replay one or all of them once the cause is
/// fixed (a replayed delivery gets a fresh retry budget and is handled by whichever instance claims it first). Resolve it
/// from DI and expose it behind your own authorization, as the WebhookReceiver sample does.
/// </summary>
public sealed class WebhookInboxAdmin
{
    private readonly IWebhookInbox _inbox;
    private readonly TimeProvider _time;
    private readonly InboxSignal _signal;

    internal WebhookInboxAdmin(IWebhookInbox inbox, TimeProvider time, InboxSignal signal)
    {
        _inbox = inbox;
        _time = time;
        _signal = signal;
    }

    /// <summary>Lists dead deliveries, oldest first, with their redacted last error.</summary>
    /// <param name="maxCount">The most to return (1 to 1,000).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The dead deliveries.</returns>
    public Task<IReadOnlyList<InboxDelivery>> ListDeadAsync(int maxCount = 100, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxCount, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxCount, 1000);
        return _inbox.ListDeadAsync(maxCount, cancellationToken);
    }

    /// <summary>Replays one dead delivery.</summary>
    /// <param name="deliveryKey">Its key.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns><see langword="true"/> when it was dead and is pending again; <see langword="false"/> when no dead delivery has that key.</returns>
    public async Task<bool> ReplayAsync(string deliveryKey, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(deliveryKey);
        var replayed = await _inbox.ReplayAsync(deliveryKey, _time.GetUtcNow(), cancellationToken).ConfigureAwait(false) > 0;
        _signal.Notify();
        return replayed;
    }

    /// <summary>Replays every dead delivery.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>How many were replayed.</returns>
    public async Task<int> ReplayAllAsync(CancellationToken cancellationToken = default)
    {
        var replayed = await _inbox.ReplayAsync(null, _time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        _signal.Notify();
        return replayed;
    }

    /// <summary>Counts pending and dead deliveries.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The snapshot.</returns>
    public Task<InboxStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default) => _inbox.GetStatisticsAsync(cancellationToken);
}
