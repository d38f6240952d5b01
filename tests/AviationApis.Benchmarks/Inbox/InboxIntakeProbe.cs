using System.Diagnostics;
using System.Globalization;

namespace AviationApis.Benchmarks.Inbox;

/// <summary>
/// <c>--child inbox-intake [count]</c>: for each store, a warm-up, then <c>count</c> distinct deliveries posted by 8
/// concurrent senders, each acknowledgement timed from send to 200; prints accepted deliveries per second and the
/// p50 / p99 / max acknowledgement latency as a Markdown table.
/// </summary>
internal static class InboxIntakeProbe
{
    private const int Senders = 8;

    public static int Run(int count)
    {
        Console.WriteLine("| Store | Deliveries | Senders | Deliveries/s | p50 ack | p99 ack | max ack |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var store in new[] { "SQLite", "PostgreSQL" })
        {
            RunAsync(store, count).GetAwaiter().GetResult();
        }

        return 0;
    }

    private static async Task RunAsync(string store, int count)
    {
        await using var receiver = await InboxReceiver.StartAsync(store);
        await SendAsync(receiver, 200); // warm-up: JIT, connections, pools
        var (elapsed, latencies) = await SendAsync(receiver, count);
        Array.Sort(latencies);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {store} | {count:N0} | {Senders} | {count / elapsed.TotalSeconds:N0} | {Percentile(latencies, 0.50):0.0} ms | {Percentile(latencies, 0.99):0.0} ms | {latencies[^1]:0.0} ms |"));
    }

    private static async Task<(TimeSpan Elapsed, double[] LatenciesMs)> SendAsync(InboxReceiver receiver, int count)
    {
        var deliveries = Enumerable.Range(0, count).Select(_ => InboxReceiver.NewDelivery()).ToArray();
        var latencies = new double[count];
        var total = Stopwatch.StartNew();
        await Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = Senders }, async (i, _) =>
        {
            var start = Stopwatch.GetTimestamp();
            await receiver.PostAsync(deliveries[i]);
            latencies[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        });
        return (total.Elapsed, latencies);
    }

    private static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
