using AviationApis.AspNetCore.Tests.Inbox;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace AviationApis.Reliability.Tests.Webhooks;

/// <summary>A fresh durable inbox (a temp SQLite file or a new PostgreSQL database) and direct, read-only looks into its table.</summary>
public sealed class InboxLocation
{
    private InboxLocation(string kind, string value)
    {
        Kind = kind;
        Value = value;
    }

    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    public string Kind { get; }

    /// <summary>The SQLite file path or the PostgreSQL connection string.</summary>
    public string Value { get; }

    public static TheoryData<string> Kinds() => [Sqlite, Postgres];

    public static async Task<InboxLocation> CreateAsync(string kind) => kind == Postgres
        ? new InboxLocation(kind, await PostgresServer.CreateDatabaseAsync())
        : new InboxLocation(kind, TestDirectory.NewFile("inbox", ".db"));

    /// <summary>The sample receiver's settings that select this inbox.</summary>
    public IEnumerable<KeyValuePair<string, string?>> ReceiverSettings() => Kind == Postgres
        ? [new("Webhooks__Inbox__PostgreSql", Value)]
        : [new("Webhooks__Inbox__SqlitePath", Value)];

    /// <summary>Counts rows: pending, pending and claimed, done, dead.</summary>
    public async Task<(long Pending, long Claimed, long Done, long Dead)> CountAsync()
    {
        const string sql = "SELECT state, claimed_by IS NOT NULL, count(*) FROM aviation_webhook_inbox GROUP BY state, claimed_by IS NOT NULL";
        var rows = new List<(long State, bool Claimed, long Count)>();
        if (Kind == Postgres)
        {
            await using var connection = new NpgsqlConnection(Value);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(sql, connection);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                rows.Add((reader.GetInt16(0), reader.GetBoolean(1), reader.GetInt64(2)));
            }
        }
        else
        {
            await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Value, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                rows.Add((reader.GetInt64(0), reader.GetInt64(1) != 0, reader.GetInt64(2)));
            }
        }

        return (
            rows.Where(r => r.State == 0).Sum(r => r.Count),
            rows.Where(r => r.State == 0 && r.Claimed).Sum(r => r.Count),
            rows.Where(r => r.State == 1).Sum(r => r.Count),
            rows.Where(r => r.State == 2).Sum(r => r.Count));
    }

    /// <summary>Polls (bounded) until <paramref name="condition"/> holds on the counts; returns the last counts.</summary>
    public async Task<(long Pending, long Claimed, long Done, long Dead)> WaitForAsync(Func<(long Pending, long Claimed, long Done, long Dead), bool> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var counts = await CountAsync();
            if (condition(counts) || DateTime.UtcNow > deadline)
            {
                return counts;
            }

            await Task.Delay(50);
        }
    }
}
