namespace AviationApis.AspNetCore.Inbox;

/// <summary>
/// An <see cref="IWebhookInbox"/> in process memory, <b>for tests only</b>: everything it holds is lost when the
/// process stops, so a delivery it acknowledged can be lost. Use <see cref="SqliteWebhookInbox"/> or
/// <see cref="PostgresWebhookInbox"/> in an application.
/// </summary>
public sealed class InMemoryWebhookInbox : IWebhookInbox
{
    private readonly object _gate = new();
    private readonly Dictionary<string, Row> _rows = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public Task InitializeAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

    /// <inheritdoc />
    public Task<bool> TryAddAsync(InboxDelivery delivery, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        lock (_gate)
        {
            return Task.FromResult(_rows.TryAdd(delivery.Key, new Row(delivery with { Body = delivery.Body.ToArray() }) { NextAttemptAt = delivery.ReceivedAt }));
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<InboxDelivery>> ClaimAsync(string owner, int maxCount, DateTimeOffset now, DateTimeOffset claimUntil, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            var claimed = _rows.Values
                .Where(r => r.State == InboxState.Pending && r.NextAttemptAt <= now && (r.Owner is null || r.ClaimExpiresAt < now))
                .OrderBy(r => r.NextAttemptAt)
                .Take(maxCount)
                .ToList();
            foreach (var row in claimed)
            {
                row.Owner = owner;
                row.ClaimExpiresAt = claimUntil;
            }

            return Task.FromResult<IReadOnlyList<InboxDelivery>>(claimed.Select(r => r.Delivery).ToList());
        }
    }

    /// <inheritdoc />
    public Task<int> RenewClaimsAsync(string owner, DateTimeOffset claimUntil, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            var held = _rows.Values.Where(r => r.State == InboxState.Pending && r.Owner == owner).ToList();
            held.ForEach(r => r.ClaimExpiresAt = claimUntil);
            return Task.FromResult(held.Count);
        }
    }

    /// <inheritdoc />
    public Task<bool> CompleteAsync(string key, string owner, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        Update(key, owner, row =>
        {
            row.State = InboxState.Done;
            row.CompletedAt = now;
            row.Delivery = row.Delivery with { Body = ReadOnlyMemory<byte>.Empty };
        });

    /// <inheritdoc />
    public Task<bool> ScheduleRetryAsync(string key, string owner, DateTimeOffset nextAttemptAt, string error, CancellationToken cancellationToken = default) =>
        Update(key, owner, row =>
        {
            row.Delivery = row.Delivery with { Attempts = row.Delivery.Attempts + 1, LastError = error };
            row.NextAttemptAt = nextAttemptAt;
        });

    /// <inheritdoc />
    public Task<bool> MarkDeadAsync(string key, string owner, string error, CancellationToken cancellationToken = default) =>
        Update(key, owner, row =>
        {
            row.Delivery = row.Delivery with { Attempts = row.Delivery.Attempts + 1, LastError = error };
            row.State = InboxState.Dead;
        });

    /// <inheritdoc />
    public Task<bool> ReleaseAsync(string key, string owner, CancellationToken cancellationToken = default) => Update(key, owner, _ => { });

    /// <inheritdoc />
    public Task<IReadOnlyList<InboxDelivery>> ListDeadAsync(int maxCount, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<InboxDelivery>>(
                _rows.Values.Where(r => r.State == InboxState.Dead).Select(r => r.Delivery).OrderBy(d => d.ReceivedAt).Take(maxCount).ToList());
        }
    }

    /// <inheritdoc />
    public Task<int> ReplayAsync(string? key, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            var dead = _rows.Values.Where(r => r.State == InboxState.Dead && (key is null || r.Delivery.Key == key)).ToList();
            foreach (var row in dead)
            {
                row.State = InboxState.Pending;
                row.NextAttemptAt = now;
                row.Delivery = row.Delivery with { Attempts = 0 };
            }

            return Task.FromResult(dead.Count);
        }
    }

    /// <inheritdoc />
    public Task<InboxStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            var pending = _rows.Values.Where(r => r.State == InboxState.Pending).ToList();
            return Task.FromResult(new InboxStatistics(
                pending.Count,
                _rows.Values.Count(r => r.State == InboxState.Dead),
                pending.Count == 0 ? null : pending.Min(r => r.Delivery.ReceivedAt)));
        }
    }

    /// <inheritdoc />
    public Task<int> PurgeCompletedAsync(DateTimeOffset completedBefore, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            var old = _rows.Values.Where(r => r.State == InboxState.Done && r.CompletedAt < completedBefore).Select(r => r.Delivery.Key).ToList();
            old.ForEach(k => _rows.Remove(k));
            return Task.FromResult(old.Count);
        }
    }

    private Task<bool> Update(string key, string owner, Action<Row> change)
    {
        lock (_gate)
        {
            if (!_rows.TryGetValue(key, out var row) || row.State != InboxState.Pending || row.Owner != owner)
            {
                return Task.FromResult(false);
            }

            change(row);
            row.Owner = null;
            row.ClaimExpiresAt = null;
            return Task.FromResult(true);
        }
    }

    private sealed class Row(InboxDelivery delivery)
    {
        public InboxDelivery Delivery { get; set; } = delivery;

        public InboxState State { get; set; } = InboxState.Pending;

        public DateTimeOffset NextAttemptAt { get; set; }

        public string? Owner { get; set; }

        public DateTimeOffset? ClaimExpiresAt { get; set; }

        public DateTimeOffset? CompletedAt { get; set; }
    }
}
