using System.Net;
using System.Text;
using AviationApis.Reliability.Tests.Targets;
using AviationApis.AspNetCore.Tests.Inbox;
using Microsoft.Data.Sqlite;

namespace AviationApis.Reliability.Tests.Webhooks;

/// <summary>When the inbox cannot store a delivery, the endpoint answers 503 (the vendor retries), never 200.</summary>
public sealed class CannotStoreTests
{
    private static int _awbs;

    private static byte[] NewBody() =>
        Encoding.UTF8.GetBytes(Payloads.Read("cargoai-flywindow-callback.seed-example.json").Replace("000-00092142", $"000-{50000000 + Interlocked.Increment(ref _awbs)}", StringComparison.Ordinal));

    [Fact]
    public async Task With_the_postgres_database_stopped_the_endpoint_answers_503_not_200()
    {
        var store = await InboxLocation.CreateAsync(InboxLocation.Postgres);
        await using var host = await InboxHost.StartAsync("only", store, new InboxHost.HandledCounter());
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        Assert.Equal(HttpStatusCode.OK, await host.PostAsync(http, NewBody()));

        await PostgresServer.StopDatabaseAsync(store.Value);

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, await host.PostAsync(http, NewBody()));
        }
    }

    [Fact]
    public async Task With_the_sqlite_file_locked_by_another_writer_the_endpoint_answers_503_and_recovers_after()
    {
        var store = await InboxLocation.CreateAsync(InboxLocation.Sqlite);
        await using var host = await InboxHost.StartAsync("only", store, new InboxHost.HandledCounter());
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        Assert.Equal(HttpStatusCode.OK, await host.PostAsync(http, NewBody()));

        // Let the first delivery finish before the lock: its completion would otherwise wait for its claim to expire.
        Assert.Equal(1, (await store.WaitForAsync(c => c.Done == 1, TimeSpan.FromSeconds(20))).Done);

        var blocked = NewBody();
        await using (var locker = new SqliteConnection($"Data Source={store.Value};Pooling=False"))
        {
            await locker.OpenAsync();
            await using var exclusive = locker.CreateCommand();
            exclusive.CommandText = "BEGIN EXCLUSIVE";
            await exclusive.ExecuteNonQueryAsync();

            Assert.Equal(HttpStatusCode.ServiceUnavailable, await host.PostAsync(http, blocked));
        }

        // The vendor's retry of the refused delivery is stored once the file is free again.
        Assert.Equal(HttpStatusCode.OK, await host.PostAsync(http, blocked));
        var counts = await store.WaitForAsync(c => c.Done == 2, TimeSpan.FromSeconds(20));
        Assert.Equal(2, counts.Done);
    }
}
