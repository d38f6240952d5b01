using System.Net;
using System.Security.Cryptography;
using System.Text;
using AviationApis.CargoAi.Callbacks;
using AviationApis.Reliability.Tests.Targets;
using Xunit.Abstractions;

namespace AviationApis.Reliability.Tests.Webhooks;

/// <summary>
/// The WebhookReceiver sample as a process, on SQLite and on a real PostgreSQL: it acknowledges 200 deliveries while its
/// handler is slow, is killed (SIGKILL) or stopped (SIGTERM) with handlers in flight, and is started again on the same
/// store with a fast handler: every acknowledged delivery is handled, each exactly once (its journal, keyed by delivery
/// key, is the handler's side effect).
/// </summary>
public sealed class ReceiverCrashTests(ITestOutputHelper output)
{
    private const int Deliveries = 200;
    private const string ApiKey = "crash-test-cargoai-key-0042";

    public static TheoryData<string, string> Cases() => new()
    {
        { InboxLocation.Sqlite, "SIGKILL" },
        { InboxLocation.Sqlite, "SIGTERM" },
        { InboxLocation.Postgres, "SIGKILL" },
        { InboxLocation.Postgres, "SIGTERM" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Every_acknowledged_delivery_is_handled_exactly_once_after_the_receiver_dies_and_restarts(string kind, string signal)
    {
        var store = await InboxLocation.CreateAsync(kind);
        var journal = AviationApis.AspNetCore.Tests.Inbox.TestDirectory.NewFile("journal", ".log");
        var bodies = Enumerable.Range(0, Deliveries).Select(Body).ToList();
        var expectedKeys = bodies.Select(b => "cargoai/flywindow:" + Convert.ToHexString(SHA256.HashData(b))).ToHashSet();
        var started = DateTime.UtcNow;

        // 1. A receiver whose handler is slow (a downstream system that hangs) acknowledges all 200.
        await using (var slow = await ReceiverProcess.StartAsync(Settings(store, journal, latency: "00:10:00")))
        {
            var statuses = await SendAllAsync(slow.BaseAddress, bodies);
            Assert.True(statuses.All(s => s == HttpStatusCode.OK), string.Join(", ", statuses.GroupBy(s => s).Select(g => $"{g.Key}: {g.Count()}")));
            var inFlight = await store.WaitForAsync(c => c.Claimed >= 4, TimeSpan.FromSeconds(30));
            Assert.True(inFlight.Claimed >= 4, $"handlers in flight: {inFlight}");

            if (signal == "SIGKILL")
            {
                await slow.KillAsync();
            }
            else
            {
                Assert.Equal(0, await slow.TerminateAsync());
                Assert.Equal(0, (await store.CountAsync()).Claimed); // released on the way out, not left to expire
            }

            Assert.False(File.Exists(journal) && File.ReadAllLines(journal).Length > 0, "no handler finished while slow");
            Assert.Equal(Deliveries, (await store.CountAsync()).Pending);
        }

        // 2. Restarted on the same store with a fast handler: the killed instance's claims expire and are claimed again.
        await using (var fast = await ReceiverProcess.StartAsync(Settings(store, journal, latency: "00:00:00")))
        {
            var counts = await store.WaitForAsync(c => c.Done == Deliveries, TimeSpan.FromSeconds(60));
            Assert.True(counts.Done == Deliveries, $"{counts} after restart\n{fast.Output}");
            Assert.Equal((0L, 0L), (counts.Pending, counts.Dead));
        }

        // Nothing is pending, so no run is still to come: the journal is final.
        var handled = File.ReadAllLines(journal).Select(l => l.Split('\t')[0]).ToList();
        output.WriteLine($"{kind} {signal}: {handled.Count} handled, {handled.Distinct().Count()} distinct, {(DateTime.UtcNow - started).TotalSeconds:0.0} s");
        Assert.Equal(Deliveries, handled.Count);
        Assert.True(expectedKeys.SetEquals(handled), "the handled keys are exactly the acknowledged deliveries");
    }

    private static IEnumerable<KeyValuePair<string, string?>> Settings(InboxLocation store, string journal, string latency) =>
        store.ReceiverSettings().Concat(
        [
            new("Webhooks__CargoAi__ApiKey", ApiKey),
            new("Webhooks__Processing__ClaimLease", "00:00:02"),
            new("Webhooks__Processing__PollInterval", "00:00:00.100"),
            new("Receiver__JournalPath", journal),
            new("Receiver__Latency", latency),
            new("Logging__LogLevel__Default", "Warning"),
            new("Logging__LogLevel__Microsoft.Hosting.Lifetime", "Information"),
        ]);

    private static byte[] Body(int i) =>
        Encoding.UTF8.GetBytes(Payloads.Read("cargoai-flywindow-callback.seed-example.json").Replace("000-00092142", $"000-{70000000 + i}", StringComparison.Ordinal));

    private static async Task<HttpStatusCode[]> SendAllAsync(Uri baseAddress, IReadOnlyList<byte[]> bodies)
    {
        using var http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
        var statuses = new HttpStatusCode[bodies.Count];
        await Parallel.ForAsync(0, bodies.Count, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, ct) =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "webhooks/cargoai/flywindow") { Content = new ByteArrayContent(bodies[i]) };
            request.Headers.TryAddWithoutValidation(CargoAiCallbackVerifier.HmacHeaderName, CargoAiCallbackVerifier.ComputeHmacSignature(ApiKey, bodies[i]));
            using var response = await http.SendAsync(request, ct);
            statuses[i] = response.StatusCode;
        });
        return statuses;
    }
}
