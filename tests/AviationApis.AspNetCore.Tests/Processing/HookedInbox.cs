using AviationApis.AspNetCore.Inbox;

namespace AviationApis.AspNetCore.Tests.Processing;

/// <summary>
/// An inbox that forwards every call to a real one and lets a test step in around a claim or a scheduled retry: hold
/// a claim at its start, or hold a retry's answer after the store recorded it.
/// </summary>
internal sealed class HookedInbox(IWebhookInbox inner) : IWebhookInbox
{
    public IWebhookInbox Inner => inner;

    /// <summary>Runs before each claim reaches the store.</summary>
    public Func<CancellationToken, Task>? BeforeClaim { get; set; }

    /// <summary>
    /// Runs after each claim the store committed (the store itself is never cancelled), with what it claimed and the
    /// caller's token; it may throw, as a remote store can report a cancellation after it committed.
    /// </summary>
    public Action<IReadOnlyList<InboxDelivery>, CancellationToken>? AfterClaim { get; set; }

    /// <summary>Runs after the store recorded a retry, before the caller gets the answer.</summary>
    public Func<string, Task>? AfterScheduleRetry { get; set; }

    public Task InitializeAsync(CancellationToken cancellationToken = default) => inner.InitializeAsync(cancellationToken);

    public Task<bool> TryAddAsync(InboxDelivery delivery, CancellationToken cancellationToken = default) => inner.TryAddAsync(delivery, cancellationToken);

    public async Task<IReadOnlyList<InboxDelivery>> ClaimAsync(string owner, int maxCount, DateTimeOffset now, DateTimeOffset claimUntil, CancellationToken cancellationToken = default)
    {
        if (BeforeClaim is { } before)
        {
            var lease = claimUntil - now;
            await before(cancellationToken);
            now = DateTimeOffset.UtcNow;
            claimUntil = now + lease;
        }

        var claimed = await inner.ClaimAsync(owner, maxCount, now, claimUntil, CancellationToken.None);
        AfterClaim?.Invoke(claimed, cancellationToken);
        return claimed;
    }

    public Task<int> RenewClaimsAsync(string owner, DateTimeOffset claimUntil, CancellationToken cancellationToken = default) => inner.RenewClaimsAsync(owner, claimUntil, cancellationToken);

    public Task<bool> CompleteAsync(string key, string owner, DateTimeOffset now, CancellationToken cancellationToken = default) => inner.CompleteAsync(key, owner, now, cancellationToken);

    public async Task<bool> ScheduleRetryAsync(string key, string owner, DateTimeOffset nextAttemptAt, string error, CancellationToken cancellationToken = default)
    {
        var recorded = await inner.ScheduleRetryAsync(key, owner, nextAttemptAt, error, cancellationToken);
        if (AfterScheduleRetry is { } after)
        {
            await after(key);
        }

        return recorded;
    }

    public Task<bool> MarkDeadAsync(string key, string owner, string error, CancellationToken cancellationToken = default) => inner.MarkDeadAsync(key, owner, error, cancellationToken);

    public Task<bool> ReleaseAsync(string key, string owner, CancellationToken cancellationToken = default) => inner.ReleaseAsync(key, owner, cancellationToken);

    public Task<IReadOnlyList<InboxDelivery>> ListDeadAsync(int maxCount, CancellationToken cancellationToken = default) => inner.ListDeadAsync(maxCount, cancellationToken);

    public Task<int> ReplayAsync(string? key, DateTimeOffset now, CancellationToken cancellationToken = default) => inner.ReplayAsync(key, now, cancellationToken);

    public Task<InboxStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default) => inner.GetStatisticsAsync(cancellationToken);

    public Task<int> PurgeCompletedAsync(DateTimeOffset completedBefore, CancellationToken cancellationToken = default) => inner.PurgeCompletedAsync(completedBefore, cancellationToken);
}
