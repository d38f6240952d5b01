namespace AviationApis.AspNetCore.Inbox;

/// <summary>
/// The durable inbox behind the webhook and callback endpoints. The endpoint answers 2xx only after
/// <see cref="TryAddAsync"/> returned; the processor claims stored deliveries, runs the handler and records the outcome.
/// Implementations: <see cref="SqliteWebhookInbox"/> (the default, one process), <see cref="PostgresWebhookInbox"/>
/// (several instances) and <see cref="InMemoryWebhookInbox"/> (tests only: it loses everything on restart).
/// Every method is atomic on its own; a method that cannot reach the store throws.
/// </summary>
/// <remarks>
/// A delivery is pending, done or dead. A pending delivery may be claimed by one owner until its claim expires; the
/// owner then completes it, schedules a retry, parks it dead or releases it. Calls that name an owner change nothing
/// (and return <see langword="false"/>) when that owner no longer holds the claim.
/// </remarks>
public interface IWebhookInbox
{
    /// <summary>Creates the schema when it does not exist. Called once at start-up.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the store is ready.</returns>
    Task InitializeAsync(CancellationToken cancellationToken = default);

    /// <summary>Stores a delivery in one transaction, unless one with the same key is already stored (an atomic unique insert).</summary>
    /// <param name="delivery">The delivery.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns><see langword="true"/> when stored; <see langword="false"/> when the key was already stored (a repeat).</returns>
    Task<bool> TryAddAsync(InboxDelivery delivery, CancellationToken cancellationToken = default);

    /// <summary>
    /// Atomically claims up to <paramref name="maxCount"/> pending deliveries that are due at <paramref name="now"/>
    /// and unclaimed or whose claim has expired, oldest first; no two owners get the same delivery.
    /// </summary>
    /// <param name="owner">The claiming processor's identity.</param>
    /// <param name="maxCount">The most deliveries to claim.</param>
    /// <param name="now">The current time.</param>
    /// <param name="claimUntil">When the claims expire unless renewed.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The claimed deliveries.</returns>
    Task<IReadOnlyList<InboxDelivery>> ClaimAsync(string owner, int maxCount, DateTimeOffset now, DateTimeOffset claimUntil, CancellationToken cancellationToken = default);

    /// <summary>Extends every claim <paramref name="owner"/> holds.</summary>
    /// <param name="owner">The owner.</param>
    /// <param name="claimUntil">The new expiry.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>How many claims were extended.</returns>
    Task<int> RenewClaimsAsync(string owner, DateTimeOffset claimUntil, CancellationToken cancellationToken = default);

    /// <summary>Marks a claimed delivery done (its key is kept to drop later repeats; its body is dropped).</summary>
    /// <param name="key">The delivery key.</param>
    /// <param name="owner">The owner of the claim.</param>
    /// <param name="now">The current time.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Whether the owner still held the claim.</returns>
    Task<bool> CompleteAsync(string key, string owner, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>Records a failed attempt and makes the delivery due again at <paramref name="nextAttemptAt"/>.</summary>
    /// <param name="key">The delivery key.</param>
    /// <param name="owner">The owner of the claim.</param>
    /// <param name="nextAttemptAt">When to try again.</param>
    /// <param name="error">The failure, already redacted.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Whether the owner still held the claim.</returns>
    Task<bool> ScheduleRetryAsync(string key, string owner, DateTimeOffset nextAttemptAt, string error, CancellationToken cancellationToken = default);

    /// <summary>Records a failed attempt and parks the delivery dead until it is replayed.</summary>
    /// <param name="key">The delivery key.</param>
    /// <param name="owner">The owner of the claim.</param>
    /// <param name="error">The failure, already redacted.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Whether the owner still held the claim.</returns>
    Task<bool> MarkDeadAsync(string key, string owner, string error, CancellationToken cancellationToken = default);

    /// <summary>Gives a claimed delivery back unchanged (no attempt counted), e.g. at shutdown.</summary>
    /// <param name="key">The delivery key.</param>
    /// <param name="owner">The owner of the claim.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Whether the owner still held the claim.</returns>
    Task<bool> ReleaseAsync(string key, string owner, CancellationToken cancellationToken = default);

    /// <summary>Lists dead deliveries, oldest first.</summary>
    /// <param name="maxCount">The most to return.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The dead deliveries with their last error.</returns>
    Task<IReadOnlyList<InboxDelivery>> ListDeadAsync(int maxCount, CancellationToken cancellationToken = default);

    /// <summary>Makes dead deliveries pending again with a fresh retry budget.</summary>
    /// <param name="key">One delivery's key, or <see langword="null"/> for every dead delivery.</param>
    /// <param name="now">When they become due.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>How many deliveries were replayed.</returns>
    Task<int> ReplayAsync(string? key, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>Counts pending and dead deliveries.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The snapshot.</returns>
    Task<InboxStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default);

    /// <summary>Forgets done deliveries completed before <paramref name="completedBefore"/> (a later repeat of one is handled again).</summary>
    /// <param name="completedBefore">The cut-off.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>How many were removed.</returns>
    Task<int> PurgeCompletedAsync(DateTimeOffset completedBefore, CancellationToken cancellationToken = default);
}
