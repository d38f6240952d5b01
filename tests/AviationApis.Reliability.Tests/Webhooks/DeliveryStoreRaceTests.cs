using AviationApis.AspNetCore.Deliveries;

namespace AviationApis.Reliability.Tests.Webhooks;

/// <summary>
/// The de-duplication store must admit a delivery once, also when its copies arrive at the same moment (vendors retry
/// on timeouts, so concurrent duplicates are normal).
/// </summary>
public sealed class DeliveryStoreRaceTests
{
    /// <summary>
    /// Regression guard (found by this suite, fixed in the store): <c>TryRecordAsync</c> used to set its "added" flag
    /// inside <c>ConcurrentDictionary.AddOrUpdate</c>'s add factory, which runs on every racing thread, so concurrent
    /// copies of one delivery were admitted more than once (hundreds of 3,000 rounds) and the handler ran twice.
    /// </summary>
    [Fact]
    public void Concurrent_copies_of_one_delivery_are_admitted_once()
    {
        var store = new InMemoryWebhookDeliveryStore(TimeProvider.System);
        const int rounds = 10000;
        const int copies = 8;
        var admitted = new int[rounds];
        using var start = new Barrier(copies);
        var threads = Enumerable.Range(0, copies).Select(_ => new Thread(() =>
        {
            for (var round = 0; round < rounds; round++)
            {
                // Every copy of delivery `round` is released at the same moment.
                start.SignalAndWait(TimeSpan.FromSeconds(10));
                if (store.TryRecordAsync("avinode:" + round, TimeSpan.FromHours(1)).AsTask().GetAwaiter().GetResult())
                {
                    Interlocked.Increment(ref admitted[round]);
                }
            }
        })).ToArray();
        foreach (var thread in threads)
        {
            thread.Start();
        }

        foreach (var thread in threads)
        {
            Assert.True(thread.Join(TimeSpan.FromSeconds(60)));
        }

        var doubleAdmissions = admitted.Count(a => a > 1);
        Assert.All(admitted, a => Assert.True(a >= 1));
        Assert.True(doubleAdmissions == 0, $"{doubleAdmissions} of {rounds} deliveries were admitted more than once when {copies} copies arrived together");
    }
}
