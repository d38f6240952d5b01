using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace AviationApis.AspNetCore.Inbox;

/// <summary>
/// The default <see cref="IWebhookInbox"/>: one SQLite file through <c>Microsoft.Data.Sqlite</c>, zero set-up. The
/// schema is created on start; the file is in WAL mode with full synchronous commits, so a stored delivery survives a
/// crash of the process. Writes in this process go through one writer; every change is one atomic statement (the unique
/// insert, the claim). For several instances, use <see cref="PostgresWebhookInbox"/>.
/// </summary>
public sealed class SqliteWebhookInbox : IWebhookInbox
{
    private const string Columns = "delivery_key, endpoint, connection, body, received_at, attempts, last_error";
    private readonly string _connectionString;
    private readonly int _timeoutSeconds;
    private readonly SemaphoreSlim _writer = new(1, 1);

    /// <summary>Creates the store (nothing is opened until <see cref="InitializeAsync"/>).</summary>
    /// <param name="options">The file and lock timeout.</param>
    public SqliteWebhookInbox(SqliteWebhookInboxOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.Path);
        FilePath = System.IO.Path.GetFullPath(options.Path);
        _timeoutSeconds = Math.Max(1, (int)Math.Ceiling(options.BusyTimeout.TotalSeconds));
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = FilePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = _timeoutSeconds,
        }.ToString();
    }

    /// <summary>The full path of the database file.</summary>
    public string FilePath { get; }

    /// <inheritdoc />
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        var directory = System.IO.Path.GetDirectoryName(FilePath);
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        await WriteAsync(
            """
            PRAGMA journal_mode = WAL;
            CREATE TABLE IF NOT EXISTS aviation_webhook_inbox (
                delivery_key TEXT NOT NULL PRIMARY KEY,
                endpoint TEXT NOT NULL,
                connection TEXT NULL,
                body BLOB NOT NULL,
                received_at INTEGER NOT NULL,
                state INTEGER NOT NULL DEFAULT 0,
                attempts INTEGER NOT NULL DEFAULT 0,
                next_attempt_at INTEGER NOT NULL,
                claimed_by TEXT NULL,
                claim_expires_at INTEGER NULL,
                completed_at INTEGER NULL,
                last_error TEXT NULL);
            CREATE INDEX IF NOT EXISTS ix_aviation_webhook_inbox_due ON aviation_webhook_inbox (state, next_attempt_at);
            """,
            static _ => { },
            cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<bool> TryAddAsync(InboxDelivery delivery, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        return await WriteAsync(
            $"INSERT INTO aviation_webhook_inbox ({Columns}, state, next_attempt_at) VALUES (@key, @endpoint, @connection, @body, @received, 0, NULL, 0, @received) ON CONFLICT (delivery_key) DO NOTHING",
            p =>
            {
                p.AddWithValue("@key", delivery.Key);
                p.AddWithValue("@endpoint", delivery.Endpoint);
                p.AddWithValue("@connection", (object?)delivery.Connection ?? DBNull.Value);
                p.AddWithValue("@body", delivery.Body.ToArray());
                p.AddWithValue("@received", delivery.ReceivedAt.ToUnixTimeMilliseconds());
            },
            cancellationToken).ConfigureAwait(false) == 1;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<InboxDelivery>> ClaimAsync(string owner, int maxCount, DateTimeOffset now, DateTimeOffset claimUntil, CancellationToken cancellationToken = default)
    {
        await _writer.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
            await using (connection.ConfigureAwait(false))
            {
                using var command = connection.CreateCommand();
                command.CommandText =
                    $"""
                    UPDATE aviation_webhook_inbox SET claimed_by = @owner, claim_expires_at = @until
                    WHERE delivery_key IN (
                        SELECT delivery_key FROM aviation_webhook_inbox
                        WHERE state = 0 AND next_attempt_at <= @now AND (claimed_by IS NULL OR claim_expires_at < @now)
                        ORDER BY next_attempt_at LIMIT @max)
                    RETURNING {Columns}
                    """;
                command.Parameters.AddWithValue("@owner", owner);
                command.Parameters.AddWithValue("@until", claimUntil.ToUnixTimeMilliseconds());
                command.Parameters.AddWithValue("@now", now.ToUnixTimeMilliseconds());
                command.Parameters.AddWithValue("@max", maxCount);
                return await ReadDeliveriesAsync(command, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            _writer.Release();
        }
    }

    /// <inheritdoc />
    public Task<int> RenewClaimsAsync(string owner, DateTimeOffset claimUntil, CancellationToken cancellationToken = default) =>
        WriteAsync(
            "UPDATE aviation_webhook_inbox SET claim_expires_at = @until WHERE state = 0 AND claimed_by = @owner",
            p =>
            {
                p.AddWithValue("@owner", owner);
                p.AddWithValue("@until", claimUntil.ToUnixTimeMilliseconds());
            },
            cancellationToken);

    /// <inheritdoc />
    public Task<bool> CompleteAsync(string key, string owner, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        UpdateClaimedAsync(key, owner, "state = 1, completed_at = @at, body = X''", p => p.AddWithValue("@at", now.ToUnixTimeMilliseconds()), cancellationToken);

    /// <inheritdoc />
    public Task<bool> ScheduleRetryAsync(string key, string owner, DateTimeOffset nextAttemptAt, string error, CancellationToken cancellationToken = default) =>
        UpdateClaimedAsync(key, owner, "attempts = attempts + 1, last_error = @error, next_attempt_at = @at", p =>
        {
            p.AddWithValue("@error", error);
            p.AddWithValue("@at", nextAttemptAt.ToUnixTimeMilliseconds());
        }, cancellationToken);

    /// <inheritdoc />
    public Task<bool> MarkDeadAsync(string key, string owner, string error, CancellationToken cancellationToken = default) =>
        UpdateClaimedAsync(key, owner, "state = 2, attempts = attempts + 1, last_error = @error", p => p.AddWithValue("@error", error), cancellationToken);

    /// <inheritdoc />
    public Task<bool> ReleaseAsync(string key, string owner, CancellationToken cancellationToken = default) =>
        UpdateClaimedAsync(key, owner, "state = 0", static _ => { }, cancellationToken);

    /// <inheritdoc />
    public async Task<IReadOnlyList<InboxDelivery>> ListDeadAsync(int maxCount, CancellationToken cancellationToken = default)
    {
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT {Columns} FROM aviation_webhook_inbox WHERE state = 2 ORDER BY received_at LIMIT @max";
            command.Parameters.AddWithValue("@max", maxCount);
            return await ReadDeliveriesAsync(command, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public Task<int> ReplayAsync(string? key, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        WriteAsync(
            "UPDATE aviation_webhook_inbox SET state = 0, attempts = 0, next_attempt_at = @now, claimed_by = NULL, claim_expires_at = NULL WHERE state = 2 AND (@key IS NULL OR delivery_key = @key)",
            p =>
            {
                p.AddWithValue("@now", now.ToUnixTimeMilliseconds());
                p.AddWithValue("@key", (object?)key ?? DBNull.Value);
            },
            cancellationToken);

    /// <inheritdoc />
    public async Task<InboxStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default)
    {
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT SUM(state = 0), SUM(state = 2), MIN(CASE WHEN state = 0 THEN received_at END) FROM aviation_webhook_inbox WHERE state IN (0, 2)";
            using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            return new InboxStatistics(
                reader.IsDBNull(0) ? 0 : reader.GetInt64(0),
                reader.IsDBNull(1) ? 0 : reader.GetInt64(1),
                reader.IsDBNull(2) ? null : DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(2)));
        }
    }

    /// <inheritdoc />
    public Task<int> PurgeCompletedAsync(DateTimeOffset completedBefore, CancellationToken cancellationToken = default) =>
        WriteAsync("DELETE FROM aviation_webhook_inbox WHERE state = 1 AND completed_at < @before", p => p.AddWithValue("@before", completedBefore.ToUnixTimeMilliseconds()), cancellationToken);

    /// <inheritdoc />
    public override string ToString() => $"{nameof(SqliteWebhookInbox)}({FilePath})";

    private static async Task<IReadOnlyList<InboxDelivery>> ReadDeliveriesAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        var deliveries = new List<InboxDelivery>();
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            deliveries.Add(Read(reader));
        }

        deliveries.Sort(static (a, b) => a.ReceivedAt.CompareTo(b.ReceivedAt));
        return deliveries;
    }

    private static InboxDelivery Read(DbDataReader reader) =>
        new(reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), (byte[])reader.GetValue(3), DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(4)))
        {
            Attempts = reader.GetInt32(5),
            LastError = reader.IsDBNull(6) ? null : reader.GetString(6),
        };

    private async Task<bool> UpdateClaimedAsync(string key, string owner, string set, Action<SqliteParameterCollection> parameters, CancellationToken cancellationToken) =>
        await WriteAsync(
            $"UPDATE aviation_webhook_inbox SET {set}, claimed_by = NULL, claim_expires_at = NULL WHERE delivery_key = @key AND state = 0 AND claimed_by = @owner",
            p =>
            {
                p.AddWithValue("@key", key);
                p.AddWithValue("@owner", owner);
                parameters(p);
            },
            cancellationToken).ConfigureAwait(false) == 1;

    private async Task<int> WriteAsync(string sql, Action<SqliteParameterCollection> parameters, CancellationToken cancellationToken)
    {
        await _writer.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
            await using (connection.ConfigureAwait(false))
            {
                using var command = connection.CreateCommand();
                command.CommandText = sql;
                parameters(command.Parameters);
                return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            _writer.Release();
        }
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            using var pragma = connection.CreateCommand();
            pragma.CommandText = "PRAGMA synchronous = FULL";
            pragma.CommandTimeout = _timeoutSeconds;
            await pragma.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}
