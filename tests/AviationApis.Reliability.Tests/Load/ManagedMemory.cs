namespace AviationApis.Reliability.Tests.Load;

/// <summary>Managed-memory measurements (bytes, never time).</summary>
public static class ManagedMemory
{
    /// <summary>Collects fully (twice, with finalizers) and returns the live managed heap size.</summary>
    public static long Settled()
    {
        for (var i = 0; i < 2; i++)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
        }

        return GC.GetTotalMemory(forceFullCollection: true);
    }

    /// <summary>Samples the heap size (without collecting) until disposed, keeping the peak.</summary>
    public sealed class PeakSampler : IAsyncDisposable
    {
        private readonly CancellationTokenSource _stop = new();
        private readonly Task _loop;
        private long _peak;

        /// <summary>Starts sampling every millisecond or so.</summary>
        public PeakSampler()
        {
            _peak = GC.GetTotalMemory(false);
            _loop = Task.Run(async () =>
            {
                while (!_stop.IsCancellationRequested)
                {
                    var now = GC.GetTotalMemory(false);
                    if (now > Volatile.Read(ref _peak))
                    {
                        Volatile.Write(ref _peak, now);
                    }

                    try
                    {
                        await Task.Delay(1, _stop.Token);
                    }
                    catch (OperationCanceledException)
                    {
                        return;
                    }
                }
            });
        }

        /// <summary>The highest heap size seen.</summary>
        public long Peak => Volatile.Read(ref _peak);

        /// <inheritdoc />
        public async ValueTask DisposeAsync()
        {
            await _stop.CancelAsync();
            await _loop;
            _stop.Dispose();
        }
    }
}
