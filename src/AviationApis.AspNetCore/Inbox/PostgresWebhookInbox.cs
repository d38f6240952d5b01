using System.Data.Common;
using Npgsql;

namespace AviationApis.AspNetCore.Inbox;

/// <summary>
/// An <see cref="IWebhookInbox"/> on PostgreSQL through <c>Npgsql</c>, for receivers that run several instances:
/// repeats are dropped by the primary key (<c>INSERT … ON CONFLICT DO NOTHING</c>) and a claim takes rows with
/// <c>FOR UPDATE SKIP LOCKED</c>, so no two instances handle the same delivery at once. The table is created on start
/// (see <see cref="PostgresWebhookInboxOptions.CreateSchema"/>) or by <see cref="SchemaScript"/>.
/// </summary>
public sealed class PostgresWebhookInbox : IWebhookInbox, IAsyncDisposable, IDisposable
{
    /// <summary>The schema this store needs, idempotent (also in <c>docs/webhook-inbox-postgres.sql</c>).</summary>
    public const string SchemaScript =
        """
        CREATE TABLE IF NOT EXISTS aviation_webhook_inbox (
            delivery_key text NOT NULL PRIMARY KEY,
            endpoint text NOT NULL,
            connection text NULL,
            body bytea NOT NULL,
            received_at timestamptz NOT NULL,
            state smallint NOT NULL DEFAULT 0,
            attempts integer NOT NULL DEFAULT 0,
            next_attempt_at timestamptz NOT NULL,
            claimed_by text NULL,
            claim_expires_at timestamptz NULL,
            completed_at timestamptz NULL,
            last_error text NULL
        );
        CREATE INDEX IF NOT EXISTS ix_aviation_webhook_inbox_due ON aviation_webhook_inbox (state, next_attempt_at);

        """;

    private const string Columns = "delivery_key, endpoint, connection, body, received_at, attempts, last_error";
    private const long SchemaLockId = 0x4156_5749_4E42; // "AVWINB": serialises concurrent schema creation.
    private readonly NpgsqlDataSource _dataSource;
    private readonly bool _createSchema;

    /// <summary>Creates the store (nothing is opened until <see cref="InitializeAsync"/>).</summary>
    /// <param name="options">The connection string.</param>
    public PostgresWebhookInbox(PostgresWebhookInboxOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.ConnectionString);
        _dataSource = new NpgsqlSlimDataSourceBuilder(options.ConnectionString).Build();
        _createSchema = options.CreateSchema;
    }

    /// <inheritdoc />
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        if (!_createSchema)
        {
            return;
        }

        var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                await using (var command = new NpgsqlCommand($"SELECT pg_advisory_xact_lock({SchemaLockId}); {SchemaScript}", connection, transaction))
                {
                    await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }

                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <inheritdoc />
    public async Task<bool> TryAddAsync(InboxDelivery delivery, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        return await ExecuteAsync(
            $"INSERT INTO aviation_webhook_inbox ({Columns}, state, next_attempt_at) VALUES (@key, @endpoint, @connection, @body, @received, 0, NULL, 0, @received) ON CONFLICT (delivery_key) DO NOTHING",
            p =>
            {
                p.AddWithValue("key", delivery.Key);
                p.AddWithValue("endpoint", delivery.Endpoint);
                p.AddWithValue("connection", (object?)delivery.Connection ?? DBNull.Value);
                p.AddWithValue("body", delivery.Body.ToArray());
                p.AddWithValue("received", delivery.ReceivedAt.UtcDateTime);
            },
            cancellationToken).ConfigureAwait(false) == 1;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<InboxDelivery>> ClaimAsync(string owner, int maxCount, DateTimeOffset now, DateTimeOffset claimUntil, CancellationToken cancellationToken = default)
    {
        await using var command = _dataSource.CreateCommand(
            $"""
            UPDATE aviation_webhook_inbox SET claimed_by = @owner, claim_expires_at = @until
            WHERE delivery_key IN (
                SELECT delivery_key FROM aviation_webhook_inbox
                WHERE state = 0 AND next_attempt_at <= @now AND (claimed_by IS NULL OR claim_expires_at < @now)
                ORDER BY next_attempt_at LIMIT @max
                FOR UPDATE SKIP LOCKED)
            RETURNING {Columns}
            """);
        command.Parameters.AddWithValue("owner", owner);
        command.Parameters.AddWithValue("until", claimUntil.UtcDateTime);
        command.Parameters.AddWithValue("now", now.UtcDateTime);
        command.Parameters.AddWithValue("max", maxCount);
        return await ReadDeliveriesAsync(command, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task<int> RenewClaimsAsync(string owner, DateTimeOffset claimUntil, CancellationToken cancellationToken = default) =>
        ExecuteAsync(
            "UPDATE aviation_webhook_inbox SET claim_expires_at = @until WHERE state = 0 AND claimed_by = @owner",
            p =>
            {
                p.AddWithValue("owner", owner);
                p.AddWithValue("until", claimUntil.UtcDateTime);
            },
            cancellationToken);

    /// <inheritdoc />
    public Task<bool> CompleteAsync(string key, string owner, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        UpdateClaimedAsync(key, owner, "state = 1, completed_at = @at, body = ''::bytea", p => p.AddWithValue("at", now.UtcDateTime), cancellationToken);

    /// <inheritdoc />
    public Task<bool> ScheduleRetryAsync(string key, string owner, DateTimeOffset nextAttemptAt, string error, CancellationToken cancellationToken = default) =>
        UpdateClaimedAsync(key, owner, "attempts = attempts + 1, last_error = @error, next_attempt_at = @at", p =>
        {
            p.AddWithValue("error", error);
            p.AddWithValue("at", nextAttemptAt.UtcDateTime);
        }, cancellationToken);

    /// <inheritdoc />
    public Task<bool> MarkDeadAsync(string key, string owner, string error, CancellationToken cancellationToken = default) =>
        UpdateClaimedAsync(key, owner, "state = 2, attempts = attempts + 1, last_error = @error", p => p.AddWithValue("error", error), cancellationToken);

    /// <inheritdoc />
    public Task<bool> ReleaseAsync(string key, string owner, CancellationToken cancellationToken = default) =>
        UpdateClaimedAsync(key, owner, "state = 0", static _ => { }, cancellationToken);

    /// <inheritdoc />
    public async Task<IReadOnlyList<InboxDelivery>> ListDeadAsync(int maxCount, CancellationToken cancellationToken = default)
    {
        await using var command = _dataSource.CreateCommand($"SELECT {Columns} FROM aviation_webhook_inbox WHERE state = 2 ORDER BY received_at LIMIT @max");
        command.Parameters.AddWithValue("max", maxCount);
        return await ReadDeliveriesAsync(command, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task<int> ReplayAsync(string? key, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        ExecuteAsync(
            "UPDATE aviation_webhook_inbox SET state = 0, attempts = 0, next_attempt_at = @now, claimed_by = NULL, claim_expires_at = NULL WHERE state = 2 AND (@key::text IS NULL OR delivery_key = @key::text)",
            p =>
            {
                p.AddWithValue("now", now.UtcDateTime);
                p.Add(new NpgsqlParameter<string?>("key", NpgsqlTypes.NpgsqlDbType.Text) { TypedValue = key });
            },
            cancellationToken);

    /// <inheritdoc />
    public async Task<InboxStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default)
    {
        await using var command = _dataSource.CreateCommand(
            "SELECT count(*) FILTER (WHERE state = 0), count(*) FILTER (WHERE state = 2), min(received_at) FILTER (WHERE state = 0) FROM aviation_webhook_inbox WHERE state IN (0, 2)");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        return new InboxStatistics(
            reader.GetInt64(0),
            reader.GetInt64(1),
            reader.IsDBNull(2) ? null : new DateTimeOffset(reader.GetDateTime(2), TimeSpan.Zero));
    }

    /// <inheritdoc />
    public Task<int> PurgeCompletedAsync(DateTimeOffset completedBefore, CancellationToken cancellationToken = default) =>
        ExecuteAsync("DELETE FROM aviation_webhook_inbox WHERE state = 1 AND completed_at < @before", p => p.AddWithValue("before", completedBefore.UtcDateTime), cancellationToken);

    /// <summary>Closes the connection pool.</summary>
    /// <returns>A task that completes when closed.</returns>
    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    /// <summary>Closes the connection pool.</summary>
    public void Dispose() => _dataSource.Dispose();

    /// <inheritdoc />
    public override string ToString() => $"{nameof(PostgresWebhookInbox)}(connection string: [REDACTED])";

    private static async Task<IReadOnlyList<InboxDelivery>> ReadDeliveriesAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        var deliveries = new List<InboxDelivery>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            deliveries.Add(Read(reader));
        }

        deliveries.Sort(static (a, b) => a.ReceivedAt.CompareTo(b.ReceivedAt));
        return deliveries;
    }

    private static InboxDelivery Read(DbDataReader reader) =>
        new(reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.GetFieldValue<byte[]>(3), new DateTimeOffset(reader.GetDateTime(4), TimeSpan.Zero))
        {
            Attempts = reader.GetInt32(5),
            LastError = reader.IsDBNull(6) ? null : reader.GetString(6),
        };

    private async Task<bool> UpdateClaimedAsync(string key, string owner, string set, Action<NpgsqlParameterCollection> parameters, CancellationToken cancellationToken) =>
        await ExecuteAsync(
            $"UPDATE aviation_webhook_inbox SET {set}, claimed_by = NULL, claim_expires_at = NULL WHERE delivery_key = @key AND state = 0 AND claimed_by = @owner",
            p =>
            {
                p.AddWithValue("key", key);
                p.AddWithValue("owner", owner);
                parameters(p);
            },
            cancellationToken).ConfigureAwait(false) == 1;

    private async Task<int> ExecuteAsync(string sql, Action<NpgsqlParameterCollection> parameters, CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand(sql);
        parameters(command.Parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
