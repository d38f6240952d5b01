using System.Net;
using System.Text;
using AviationApis.Reliability.Tests.Targets;
using Xunit.Abstractions;

namespace AviationApis.Reliability.Tests.Webhooks;

/// <summary>
/// Two receiver instances on one PostgreSQL database: 1,000 deliveries, each sent twice, in random order, by 8 concurrent
/// senders split across both instances. Every delivery is handled exactly once: none twice, none lost.
/// </summary>
public sealed class TwoInstanceTests(ITestOutputHelper output)
{
    private const int Deliveries = 1000;

    [Fact]
    public async Task A_thousand_deliveries_sent_twice_to_two_instances_are_handled_once_each()
    {
        var store = await InboxLocation.CreateAsync(InboxLocation.Postgres);
        var counter = new InboxHost.HandledCounter();
        await using var first = await InboxHost.StartAsync("first", store, counter);
        await using var second = await InboxHost.StartAsync("second", store, counter);
        InboxHost[] instances = [first, second];
        var template = Payloads.Read("cargoai-flywindow-callback.seed-example.json");
        var bodies = Enumerable.Range(0, Deliveries).Select(i => Encoding.UTF8.GetBytes(template.Replace("000-00092142", $"000-{60000000 + i}", StringComparison.Ordinal))).ToArray();
        var sends = bodies.Concat(bodies).ToArray();
        new Random(1313).Shuffle(sends);
        var started = DateTime.UtcNow;

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var statuses = new HttpStatusCode[sends.Length];
        await Task.WhenAll(Enumerable.Range(0, 8).Select(sender => Task.Run(async () =>
        {
            // Sender s posts every 8th delivery of the shuffled sequence to instance s % 2.
            for (var i = sender; i < sends.Length; i += 8)
            {
                statuses[i] = await instances[sender % 2].PostAsync(http, sends[i]);
            }
        })));
        var acknowledged = DateTime.UtcNow;

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        var counts = await store.WaitForAsync(c => c.Done == Deliveries, TimeSpan.FromSeconds(60));
        Assert.Equal((0L, 0L, (long)Deliveries), (counts.Pending, counts.Dead, counts.Done));

        // Nothing is pending: every run that will ever happen has happened.
        output.WriteLine($"{sends.Length} posts acknowledged in {(acknowledged - started).TotalSeconds:0.0} s, all handled after {(DateTime.UtcNow - started).TotalSeconds:0.0} s; "
            + $"runs per instance: {string.Join(", ", counter.PerInstance.Select(p => $"{p.Key} {p.Value}"))}");
        Assert.Equal(Deliveries, counter.PerKey.Count);
        Assert.DoesNotContain(counter.PerKey, p => p.Value != 1);
        Assert.All(instances, instance => Assert.True(counter.PerInstance.GetValueOrDefault(instance.Name) > 0, $"{instance.Name} handled none"));
    }
}
