namespace AviationApis.AspNetCore.Inbox;

/// <summary>A snapshot of the inbox: what waits for the handler and what was parked dead.</summary>
/// <param name="Pending">Deliveries stored and not yet handled (waiting, claimed or scheduled for a retry).</param>
/// <param name="Dead">Deliveries parked dead (retries exhausted, or a body that does not parse).</param>
/// <param name="OldestPendingReceivedAt">When the oldest pending delivery was received, or <see langword="null"/> when none is pending.</param>
public sealed record InboxStatistics(long Pending, long Dead, DateTimeOffset? OldestPendingReceivedAt);
