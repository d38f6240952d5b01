using System.Text;
using AviationApis.AspNetCore.Inbox;

namespace AviationApis.AspNetCore.Tests.Inbox;

/// <summary>The behaviour every <see cref="IWebhookInbox"/> shares, run against the in-memory store, SQLite and a real PostgreSQL.</summary>
public sealed class WebhookInboxContractTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private static InboxDelivery Delivery(string key, DateTimeOffset? at = null, string? connection = null) =>
        new(key, "avinode", connection, Encoding.UTF8.GetBytes($"{{\"id\":\"{key}\"}}"), at ?? T0);

    [Theory]
    [MemberData(nameof(InboxKind.All), MemberType = typeof(InboxKind))]
    public async Task A_key_is_stored_once_and_its_raw_bytes_come_back_on_claim(string kind)
    {
        var inbox = await InboxKind.CreateAsync(kind);

        Assert.True(await inbox.TryAddAsync(Delivery("k1", connection: "company-a")));
        Assert.False(await inbox.TryAddAsync(Delivery("k1")));
        var claimed = Assert.Single(await inbox.ClaimAsync("a", 10, T0, T0.AddMinutes(1)));

        Assert.Equal("k1", claimed.Key);
        Assert.Equal("company-a", claimed.Connection);
        Assert.Equal("{\"id\":\"k1\"}", Encoding.UTF8.GetString(claimed.Body.Span));
        Assert.Equal(T0, claimed.ReceivedAt);
    }

    [Theory]
    [MemberData(nameof(InboxKind.All), MemberType = typeof(InboxKind))]
    public async Task Concurrent_copies_of_one_delivery_are_stored_once(string kind)
    {
        // The intent of the old de-duplication race test: vendors retry on timeouts, so copies arrive together.
        var inbox = await InboxKind.CreateAsync(kind);
        for (var round = 0; round < 20; round++)
        {
            var key = "race-" + round;
            var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => inbox.TryAddAsync(Delivery(key)))));
            Assert.Equal(1, results.Count(added => added));
        }
    }

    [Theory]
    [MemberData(nameof(InboxKind.All), MemberType = typeof(InboxKind))]
    public async Task A_claimed_delivery_is_not_claimed_again_until_its_claim_expires(string kind)
    {
        var inbox = await InboxKind.CreateAsync(kind);
        await inbox.TryAddAsync(Delivery("k1"));

        Assert.Single(await inbox.ClaimAsync("a", 10, T0, T0.AddMinutes(1)));
        Assert.Empty(await inbox.ClaimAsync("b", 10, T0.AddSeconds(30), T0.AddMinutes(2)));
        Assert.Equal(1, await inbox.RenewClaimsAsync("a", T0.AddMinutes(3)));
        Assert.Empty(await inbox.ClaimAsync("b", 10, T0.AddMinutes(2), T0.AddMinutes(4)));

        // Instance a died: once its claim expired, b claims the delivery, and a can no longer record an outcome.
        Assert.Single(await inbox.ClaimAsync("b", 10, T0.AddMinutes(4), T0.AddMinutes(5)));
        Assert.False(await inbox.CompleteAsync("k1", "a", T0.AddMinutes(4)));
        Assert.True(await inbox.CompleteAsync("k1", "b", T0.AddMinutes(4)));
        Assert.Empty(await inbox.ClaimAsync("c", 10, T0.AddHours(1), T0.AddHours(2)));
        Assert.False(await inbox.TryAddAsync(Delivery("k1")));
    }

    [Theory]
    [MemberData(nameof(InboxKind.All), MemberType = typeof(InboxKind))]
    public async Task Concurrent_claims_never_hand_out_a_delivery_twice(string kind)
    {
        var inbox = await InboxKind.CreateAsync(kind);
        for (var i = 0; i < 60; i++)
        {
            await inbox.TryAddAsync(Delivery("k" + i, T0.AddSeconds(i)));
        }

        var claims = await Task.WhenAll(Enumerable.Range(0, 6).Select(owner => Task.Run(async () =>
        {
            var mine = new List<string>();
            for (var round = 0; round < 30; round++)
            {
                mine.AddRange((await inbox.ClaimAsync("owner" + owner, 3, T0.AddMinutes(1), T0.AddMinutes(10))).Select(d => d.Key));
            }

            return mine;
        })));

        var all = claims.SelectMany(c => c).ToList();
        Assert.Equal(60, all.Count);
        Assert.Equal(60, all.Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(InboxKind.All), MemberType = typeof(InboxKind))]
    public async Task Retries_wait_for_their_time_dead_deliveries_are_listed_and_replayed(string kind)
    {
        var inbox = await InboxKind.CreateAsync(kind);
        await inbox.TryAddAsync(Delivery("k1"));
        await inbox.TryAddAsync(Delivery("k2", T0.AddSeconds(1)));
        var first = await inbox.ClaimAsync("a", 10, T0.AddSeconds(1), T0.AddMinutes(1));
        Assert.Equal(["k1", "k2"], first.Select(d => d.Key));

        Assert.True(await inbox.ScheduleRetryAsync("k1", "a", T0.AddSeconds(30), "InvalidOperationException: TMS down"));
        Assert.True(await inbox.MarkDeadAsync("k2", "a", "InvalidOperationException: no such booking"));
        Assert.Empty(await inbox.ClaimAsync("a", 10, T0.AddSeconds(29), T0.AddMinutes(1)));
        var retried = Assert.Single(await inbox.ClaimAsync("a", 10, T0.AddSeconds(30), T0.AddMinutes(1)));
        Assert.Equal(1, retried.Attempts);
        Assert.Equal("InvalidOperationException: TMS down", retried.LastError);

        var dead = Assert.Single(await inbox.ListDeadAsync(10));
        Assert.Equal(("k2", 1, "InvalidOperationException: no such booking"), (dead.Key, dead.Attempts, dead.LastError));
        Assert.Equal(new InboxStatistics(1, 1, T0), await inbox.GetStatisticsAsync());

        Assert.Equal(0, await inbox.ReplayAsync("unknown", T0.AddMinutes(1)));
        Assert.Equal(1, await inbox.ReplayAsync("k2", T0.AddMinutes(1)));
        Assert.Empty(await inbox.ListDeadAsync(10));
        var replayed = Assert.Single(await inbox.ClaimAsync("a", 10, T0.AddMinutes(1), T0.AddMinutes(2)));
        Assert.Equal(("k2", 0), (replayed.Key, replayed.Attempts));
    }

    [Theory]
    [MemberData(nameof(InboxKind.All), MemberType = typeof(InboxKind))]
    public async Task A_released_delivery_is_due_at_once_and_done_keys_are_purged_after_the_window(string kind)
    {
        var inbox = await InboxKind.CreateAsync(kind);
        await inbox.TryAddAsync(Delivery("k1"));
        await inbox.ClaimAsync("a", 10, T0, T0.AddMinutes(1));

        Assert.True(await inbox.ReleaseAsync("k1", "a"));
        var again = Assert.Single(await inbox.ClaimAsync("b", 10, T0, T0.AddMinutes(1)));
        Assert.Equal(0, again.Attempts);
        Assert.True(await inbox.CompleteAsync("k1", "b", T0));
        Assert.Equal(new InboxStatistics(0, 0, null), await inbox.GetStatisticsAsync());

        Assert.Equal(0, await inbox.PurgeCompletedAsync(T0));
        Assert.Equal(1, await inbox.PurgeCompletedAsync(T0.AddSeconds(1)));
        Assert.True(await inbox.TryAddAsync(Delivery("k1")));
    }

    [Fact]
    public async Task The_documented_postgres_script_is_the_one_the_store_runs()
    {
        var documented = await File.ReadAllTextAsync(AviationApis.Testing.RepositoryPaths.Combine("docs", "webhook-inbox-postgres.sql"));
        Assert.Contains(PostgresWebhookInbox.SchemaScript.ReplaceLineEndings("\n").Trim(), documented.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }
}
