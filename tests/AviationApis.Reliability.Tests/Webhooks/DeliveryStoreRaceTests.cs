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

        // Four copies on a two-core machine already race in AddOrUpdate; the regression showed in hundreds of rounds.
        const int rounds = 3000;
        const int copies = 4;
        var admitted = new int[rounds];
        Exception? failure = null;

        // A hang guard, not a performance bound: the barrier's waits are cancelled so no thread outlives the test.
        using var hang = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        using var start = new Barrier(copies);
        var threads = Enumerable.Range(0, copies).Select(_ => new Thread(() =>
        {
            try
            {
                for (var round = 0; round < rounds; round++)
                {
                    // Every copy of delivery `round` is released at the same moment.
                    start.SignalAndWait(hang.Token);
                    if (store.TryRecordAsync("avinode:" + round, TimeSpan.FromHours(1)).AsTask().GetAwaiter().GetResult())
                    {
                        Interlocked.Increment(ref admitted[round]);
                    }
                }
            }
            catch (Exception ex)
            {
                Interlocked.CompareExchange(ref failure, ex, null);
                hang.Cancel();
            }
        })).ToArray();
        foreach (var thread in threads)
        {
            thread.Start();
        }

        foreach (var thread in threads)
        {
            thread.Join();
        }

        Assert.Null(failure);
        var doubleAdmissions = admitted.Count(a => a > 1);
        Assert.All(admitted, a => Assert.True(a >= 1));
        Assert.True(doubleAdmissions == 0, $"{doubleAdmissions} of {rounds} deliveries were admitted more than once when {copies} copies arrived together");
    }
}
